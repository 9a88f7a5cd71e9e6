-- Becomes leader if nobody holds the lease, with a fencing token higher than any before.
-- KEYS[1] -> leader STRING ("<token>:<candidateId>")
-- KEYS[2] -> epoch counter
-- ARGV[1] -> candidateId
-- ARGV[2] -> lease ttl, ms
-- Returns the token, or false when the lease is held.
-- Atomic so two candidates can never both win, and tokens only grow.
if redis.call('EXISTS', KEYS[1]) == 1 then
  return false
end
local token = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], token .. ':' .. ARGV[1], 'PX', ARGV[2])
return token
