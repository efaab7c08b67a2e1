export {
  createForumClient,
  type ForumClient,
  ForumProblem,
  type ForumRoutes,
  forumContract,
  forumOpenApi,
} from './contract.js';
