-- wrk script: POSTs the bodies given as arguments in turn, each with the content type
-- its extension says. With `--distinct` first, every request is a callback never sent
-- before: the body's job id (JobId, or trace_id) is replaced with one made of the
-- thread and a counter.
local bodies, types, ids, n = {}, {}, {}, 0
local distinct = false
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  for _, path in ipairs(args) do
    if path == "--distinct" then
      distinct = true
    else
      local i = #bodies + 1
      local f = assert(io.open(path, "rb"))
      bodies[i] = f:read("*a")
      f:close()
      types[i] = path:match("%.json$") and "application/json" or "application/xml"
      if distinct then
        local id = bodies[i]:match("<JobId>([^<]+)</JobId>") or bodies[i]:match('"JobId"%s*:%s*"([^"]+)"')
          or bodies[i]:match('"trace_id"%s*:%s*"([^"]+)"')
        ids[i] = assert(id, path .. ": no job id"):gsub("%p", "%%%0")
      end
    end
  end
end

function request()
  n = n + 1
  local i = n % #bodies + 1
  local body = bodies[i]
  if distinct then
    body = body:gsub(ids[i], string.format("wrk%d-%d", tid, n))
  end
  return wrk.format("POST", nil, { ["Content-Type"] = types[i] }, body)
end
