// PostGraphile 5, the benchmark's peer server (src/bench/peers.py starts it):
//
//   PEER_DATABASE=eventline_bench PEER_PORT=18200 NODE_ENV=production \
//     node node_modules/postgraphile/dist/cli-run.js --config graphile.config.mjs
//
// serves POST /graphql on 127.0.0.1:PEER_PORT over the schema "public" of PEER_DATABASE
// (postgres@127.0.0.1:5432, trust auth), with the connection filter plugin (relation filters on).
// Set up for speed, as one would in production: no GraphiQL, no watch mode, no explain, no
// websockets or LISTEN connection, the response stringified in one pass (outputDataAsString).
// Its pool has as many connections as the app's (quarkus.datasource.jdbc.max-size=4) and the same
// session setting (jit=off), so both ask PostgreSQL the same concurrency; PEER_POOL_SIZE changes it.
// PostGraphile prepares its statements; after five executions PostgreSQL may switch to a generic
// plan, which for "an actor's events, newest first" (peers.py, query 3) estimates an average actor
// and sorts all of a frequent actor's events (2.5 s for 286,000 at 1M) instead of scanning the
// events backwards (1.4 ms): plan_cache_mode=force_custom_plan plans each execution for its values.
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

const database = process.env.PEER_DATABASE ?? "eventline_bench";
const port = Number(process.env.PEER_PORT ?? 18200);
const poolSize = Number(process.env.PEER_POOL_SIZE ?? 4);

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [
    makePgService({
      connectionString: `postgres://postgres@127.0.0.1:5432/${database}`,
      schemas: ["public"],
      pubsub: false,
      poolConfig: { max: poolSize, options: "-c jit=off -c plan_cache_mode=force_custom_plan" },
    }),
  ],
  schema: {
    // filters through relations (event -> event_actor_timeline -> actor), the plugin's option
    connectionFilterRelations: true,
  },
  grafserv: {
    host: "127.0.0.1",
    port,
    graphqlPath: "/graphql",
    graphiql: false,
    graphiqlOnGraphQLGET: false,
    watch: false,
    websockets: false,
    outputDataAsString: true,
  },
  grafast: {
    explain: false,
  },
};

export default preset;
