-- Extends the lease if it is still this one.
-- KEYS[1] -> leader STRING
-- ARGV[1] -> "<token>:<candidateId>" of the lease
-- ARGV[2] -> lease ttl, ms
-- Returns 1 when renewed, 0 when the lease was lost. Atomic: compare and extend in one step.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
