-- Gives the lease up if it is still this one.
-- KEYS[1] -> leader STRING
-- ARGV[1] -> "<token>:<candidateId>" of the lease
-- Returns 1 when released. Atomic: never deletes a successor's lease.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
