-- Moves delayed tasks that are due to the ready queue, earliest first, behind tasks already waiting.
-- KEYS[1] -> ready ZSET
-- KEYS[2] -> delayed ZSET
-- KEYS[3] -> priority HASH of delayed tasks
-- KEYS[4] -> arrival sequence counter
-- KEYS[5] -> scheduler wake-up LIST
-- ARGV[1] -> now, ms
-- ARGV[2] -> most to move
-- Returns how many moved.
-- Atomic so a promoted task is in exactly one place.
--- @include "ready-score"
--- @include "wake-up"
local due = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, taskId in ipairs(due) do
  local priority = tonumber(redis.call('HGET', KEYS[3], taskId) or '5')
  redis.call('ZREM', KEYS[2], taskId)
  redis.call('HDEL', KEYS[3], taskId)
  redis.call('ZADD', KEYS[1], readyScore(priority, KEYS[4]), taskId)
end
if #due > 0 then wakeUp(KEYS[5]) end
return #due
