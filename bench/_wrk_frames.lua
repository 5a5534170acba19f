-- _wrk_frames.lua - the wrk script of bench/api.py: replays a list of prepared HTTP requests.
--
--   wrk -t T -c C -d 5s -s bench/_wrk_frames.lua http://127.0.0.1:PORT -- REQUESTS [count]
--
-- Not a metric script (bench/run.sh runs only bench/*.py and bench/*.sh, never bench/_*).
-- bench/api.py writes REQUESTS, one request per line, tab-separated:
--
--   METHOD <TAB> PATH <TAB> BODY or "-" for none <TAB> Name: value <TAB> Name: value ...
--
-- so the same script drives every case: Tessera's GetImageFrame (a POST with the frame's JSON
-- body), the same with pre-signed SigV4 headers, and nginx's GET of /frames/<id>. Every request
-- is formatted once, in init(); request() only picks the next one, cycling over the list, so
-- the client costs the same whatever the server. Each thread starts at its own offset, so two
-- threads do not ask for the same frame at the same moment.
--
-- "count" (the untimed check runs) also defines response(), which counts every status other
-- than 200. It is left out of the timed runs on purpose: with response() defined, wrk copies
-- every header and body (a 230 KB frame) into Lua, which would slow the client down.
--
-- done() prints one line that bench/api.py parses:
--   WRK_RESULT requests=N duration_us=N bytes=N connect=N read=N write=N status=N timeout=N
--              p50_us=N p90_us=N p99_us=N mean_us=N max_us=N not200=N
-- (status: wrk's count of answers with a status > 399; not200: response()'s count, -1 when
-- not counting.)

local threads = {}
local nthreads = 0

function setup(thread)
    thread:set("tid", nthreads)
    nthreads = nthreads + 1
    table.insert(threads, thread)
end

local reqs = {}
local n = 0
local i = 0

function init(args)
    local path = args[1]
    local f = assert(io.open(path, "r"), "cannot open the request list " .. tostring(path))
    for line in f:lines() do
        local fields = {}
        for field in string.gmatch(line, "[^\t]+") do
            fields[#fields + 1] = field
        end
        if #fields >= 3 then
            local headers = {}
            for k = 4, #fields do
                local name, value = string.match(fields[k], "^([^:]+): (.*)$")
                assert(name, "bad header field in " .. path .. ": " .. fields[k])
                headers[name] = value
            end
            local body = nil
            if fields[3] ~= "-" then body = fields[3] end
            n = n + 1
            reqs[n] = wrk.format(fields[1], fields[2], headers, body)
        end
    end
    f:close()
    assert(n > 0, "no requests in " .. path)
    i = ((tid or 0) * 7919) % n   -- a prime stride: threads start apart
    not200 = -1
    if args[2] == "count" then
        not200 = 0
        response = function(status, headers, body)
            if status ~= 200 then not200 = not200 + 1 end
        end
    end
end

function request()
    i = i % n + 1
    return reqs[i]
end

function done(summary, latency, requests)
    local bad = 0
    for _, t in ipairs(threads) do
        local c = t:get("not200")
        if c == nil or c < 0 then bad = -1 break end
        bad = bad + c
    end
    local e = summary.errors
    io.write(string.format(
        "WRK_RESULT requests=%d duration_us=%d bytes=%d connect=%d read=%d write=%d status=%d " ..
        "timeout=%d p50_us=%d p90_us=%d p99_us=%d mean_us=%.1f max_us=%d not200=%d\n",
        summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
        e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(99),
        latency.mean, latency.max, bad))
end
