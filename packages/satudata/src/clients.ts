/** The catalogue clients: CKAN, DKAN/data.json, BPS WebAPI and federation. */
export {};
