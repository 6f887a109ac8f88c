-- random tiles at zoom z (default 6) over the bench data area (lon 38..52, lat 36..44)
-- args: z, path template with {z} {x} {y}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("tid", counter)
end
local function tx(lon, z) return math.floor((lon + 180) / 360 * 2 ^ z) end
local function ty(lat, z)
  local r = math.rad(lat)
  return math.floor((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * 2 ^ z)
end
function init(args)
  math.randomseed(3000 + (tid or 0))
  z = tonumber(args[1]) or 6
  tmpl = args[2] or "/api/collections/events/tiles/WebMercatorQuad/{z}/{y}/{x}"
  x0, x1 = tx(38, z), tx(52, z)
  y0, y1 = ty(44, z), ty(36, z)
end
request = function()
  local x, y = math.random(x0, x1), math.random(y0, y1)
  local p = tmpl:gsub("{z}", tostring(z)):gsub("{x}", tostring(x)):gsub("{y}", tostring(y))
  return wrk.format("GET", p)
end
function done(s, lat, req)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f reqs=%d non2xx=%d conn_err=%d read_err=%d timeouts=%d MB=%.1f\n",
    s.requests / (s.duration / 1e6), lat:percentile(50) / 1000, lat:percentile(90) / 1000,
    lat:percentile(99) / 1000, lat.max / 1000, s.requests, s.errors.status, s.errors.connect,
    s.errors.read, s.errors.timeout, s.bytes / 1e6))
end
