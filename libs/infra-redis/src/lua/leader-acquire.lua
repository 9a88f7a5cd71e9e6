-- Becomes leader if nobody holds the lease, with a fencing token higher than any before.
-- KEYS[1] -> leader STRING ("<token>:<candidateId>")
-- KEYS[2] -> epoch counter
-- ARGV[1] -> candidateId
-- ARGV[2] -> lease ttl, ms
-- Returns the token, or false when the lease is held.
-- Atomic so two candidates can never both win, and tokens only grow. Tokens are at least the
-- server's time in ms, so they keep growing even after Redis lost the counter with its data.
if redis.call('EXISTS', KEYS[1]) == 1 then
  return false
end
local time = redis.call('TIME')
local nowMs = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local token = redis.call('INCR', KEYS[2])
if token < nowMs then
  token = nowMs
  redis.call('SET', KEYS[2], token)
end
redis.call('SET', KEYS[1], token .. ':' .. ARGV[1], 'PX', ARGV[2])
return token
