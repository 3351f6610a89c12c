-- wrk script: POSTs the JSON bodies listed in a file (one per line), picked at random per request,
-- to one path, so that each request of a run varies its parameters (a GraphQL peer, src/bench/peers.py).
-- Usage: wrk ... -s src/bench/wrk/bodies.lua URL -- FILE [PATH [SEED]]   (PATH defaults to /graphql)
-- With a SEED each thread draws the same sequence in every run, as paths.lua does for the app's builds.
local bodies = {}
local path = "/graphql"
local threads = 0
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Accept-Encoding"] = "identity" }

function setup(thread)
    thread:set("number", threads)
    threads = threads + 1
end

function init(args)
    for line in io.lines(args[1]) do
        if #line > 0 then
            bodies[#bodies + 1] = line
        end
    end
    if args[2] then
        path = args[2]
    end
    if args[3] then
        math.randomseed(tonumber(args[3]) * 1000 + number)
    else
        math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
    end
end

function request()
    return wrk.format("POST", path, headers, bodies[math.random(#bodies)])
end
