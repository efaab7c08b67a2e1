export {
  AreaRoute,
  type EscalationReason,
  LocalLevel,
  type RoutableAspiration,
  type RouteAspirationOptions,
  type RouteFallbackReason,
  type RouteResult,
  type RouteStep,
  RoutingTable,
  type RoutingTableInput,
  routeAspiration,
  SectorRoute,
} from './route.js';
