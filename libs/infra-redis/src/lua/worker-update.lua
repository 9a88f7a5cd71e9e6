-- Replaces a registered worker's entry; an unknown worker is not added.
-- KEYS[1] -> workers HASH
-- ARGV[1] -> workerId
-- ARGV[2] -> worker JSON
-- Returns 1 when replaced. Atomic: check and write in one step.
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  return 1
end
return 0
