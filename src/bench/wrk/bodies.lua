-- wrk script: POSTs the JSON bodies listed in a file (one per line), picked at random per request,
-- to one path, so that each request of a run varies its parameters (a GraphQL peer, src/bench/peers.py).
-- Usage: wrk ... -s src/bench/wrk/bodies.lua URL -- FILE [PATH]   (PATH defaults to /graphql)
local bodies = {}
local path = "/graphql"
local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Accept-Encoding"] = "identity" }

function init(args)
    for line in io.lines(args[1]) do
        if #line > 0 then
            bodies[#bodies + 1] = line
        end
    end
    if args[2] then
        path = args[2]
    end
    math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
    return wrk.format("POST", path, headers, bodies[math.random(#bodies)])
end
