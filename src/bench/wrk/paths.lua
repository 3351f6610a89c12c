-- wrk script: requests the paths listed in a file (one per line), picked at random, so that each
-- request of a run varies its parameters. Usage: wrk ... -s src/bench/wrk/paths.lua URL -- FILE [SEED]
-- With a SEED each thread draws the same sequence in every run (builds compared on the same draws).
local paths = {}
local threads = 0

function setup(thread)
    thread:set("number", threads)
    threads = threads + 1
end

function init(args)
    for line in io.lines(args[1]) do
        if #line > 0 then
            paths[#paths + 1] = line
        end
    end
    if args[2] then
        math.randomseed(tonumber(args[2]) * 1000 + number)
    else
        math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
    end
end

function request()
    return wrk.format("GET", paths[math.random(#paths)], { ["Accept-Encoding"] = "identity" })
end
