-- Takes tasks out of the ready queue and the delayed set, wherever they are.
-- KEYS[1] -> ready ZSET
-- KEYS[2] -> delayed ZSET
-- KEYS[3] -> priority HASH of delayed tasks
-- ARGV[1..] -> taskIds
-- Returns nothing. Atomic so a concurrent promote cannot resurrect a removed task.
for _, taskId in ipairs(ARGV) do
  redis.call('ZREM', KEYS[1], taskId)
  redis.call('ZREM', KEYS[2], taskId)
  redis.call('HDEL', KEYS[3], taskId)
end
return 0
