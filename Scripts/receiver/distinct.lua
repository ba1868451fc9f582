-- wrk script: every request a callback never sent before. The bodies given as
-- arguments are templates; each request replaces the template's job id (JobId,
-- or trace_id) with one made of the thread and a counter.
local bodies, types, ids, n = {}, {}, {}, 0
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  for i, path in ipairs(args) do
    local f = assert(io.open(path, "rb"))
    bodies[i] = f:read("*a")
    f:close()
    types[i] = path:match("%.json$") and "application/json" or "application/xml"
    local id = bodies[i]:match("<JobId>([^<]+)</JobId>") or bodies[i]:match('"JobId"%s*:%s*"([^"]+)"')
      or bodies[i]:match('"trace_id"%s*:%s*"([^"]+)"')
    ids[i] = assert(id, path .. ": no job id"):gsub("%p", "%%%0")
  end
end

function request()
  n = n + 1
  local i = n % #bodies + 1
  local body = bodies[i]:gsub(ids[i], string.format("wrk%d-%d", tid, n))
  return wrk.format("POST", nil, { ["Content-Type"] = types[i] }, body)
end
