-- wrk script: requests the paths listed in a file (one per line), picked at random, so that each
-- request of a run varies its parameters. Usage: wrk ... -s src/bench/wrk/paths.lua URL -- FILE
local paths = {}

function init(args)
    for line in io.lines(args[1]) do
        if #line > 0 then
            paths[#paths + 1] = line
        end
    end
    math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16) % 100000)
end

function request()
    return wrk.format("GET", paths[math.random(#paths)], { ["Accept-Encoding"] = "identity" })
end
