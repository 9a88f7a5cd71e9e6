-- Puts tasks on the ready queue when due, else in the delayed set; a task already queued moves.
-- KEYS[1] -> ready ZSET (score: see ready-score)
-- KEYS[2] -> delayed ZSET (score: runAt ms)
-- KEYS[3] -> priority HASH of delayed tasks (taskId -> priority)
-- KEYS[4] -> arrival sequence counter
-- KEYS[5] -> scheduler wake-up LIST
-- ARGV[1] -> now, ms
-- ARGV[2..] -> taskId, priority, runAt ms; repeated
-- Returns the number of tasks queued.
-- Atomic so a task is never in both structures, and the wake-up never precedes the task.
--- @include "ready-score"
--- @include "wake-up"
local now = tonumber(ARGV[1])
local queued = 0
for i = 2, #ARGV, 3 do
  local taskId, priority, runAt = ARGV[i], tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2])
  redis.call('ZREM', KEYS[1], taskId)
  redis.call('ZREM', KEYS[2], taskId)
  if runAt <= now then
    redis.call('HDEL', KEYS[3], taskId)
    redis.call('ZADD', KEYS[1], readyScore(priority, KEYS[4]), taskId)
  else
    redis.call('HSET', KEYS[3], taskId, priority)
    redis.call('ZADD', KEYS[2], runAt, taskId)
  end
  queued = queued + 1
end
if queued > 0 then wakeUp(KEYS[5]) end
return queued
