export {
  createForumClient,
  type ForumClient,
  ForumProblem,
  type ForumRoutes,
  forumContract,
  forumOpenApi,
  forumRoutes,
} from './contract.js';
