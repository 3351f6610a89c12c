-- wrk script: sends the requests listed in a file (one per line), picked at random, so that each
-- request of a run varies its parameters. Lines are paths to GET; with a POST_PATH they are JSON
-- bodies to POST there (a GraphQL peer, src/bench/peers.py).
-- Usage: wrk ... -s src/bench/wrk/paths.lua URL -- FILE [SEED|-] [POST_PATH]
-- With a SEED each thread draws the same sequence in every run (servers compared on the same draws).
local lines = {}
local threads = 0
local post_path = nil
local get_headers = { ["Accept-Encoding"] = "identity" }
local post_headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Accept-Encoding"] = "identity" }

function setup(thread)
    thread:set("number", threads)
    threads = threads + 1
end

function init(args)
    for line in io.lines(args[1]) do
        if #line > 0 then
            lines[#lines + 1] = line
        end
    end
    if args[2] and args[2] ~= "-" then
        math.randomseed(tonumber(args[2]) * 1000 + number)
    else
        math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
    end
    post_path = args[3]
end

function request()
    local line = lines[math.random(#lines)]
    if post_path then
        return wrk.format("POST", post_path, post_headers, line)
    end
    return wrk.format("GET", line, get_headers)
end
