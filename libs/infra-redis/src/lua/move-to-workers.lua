-- Moves tasks from the ready queue to their workers' queues, only under the current leader's token.
-- KEYS[1] -> leader STRING ("<token>:<candidateId>")
-- KEYS[2] -> ready ZSET
-- KEYS[3] -> SET of workers that have a queue
-- KEYS[2 + 2i] -> worker i's queue LIST; KEYS[3 + 2i] -> worker i's wake-up LIST (i from 1)
-- ARGV[1] -> fencing token
-- ARGV[2..n+1] -> the n workers' ids, in KEYS order
-- ARGV[n+2..] -> taskId, worker index (1-based); repeated
-- Returns the ids moved. Atomic so an old leader woken from a pause moves nothing, and a task
-- leaves the ready queue exactly when it enters a worker queue.
--- @include "wake-up"
local leader = redis.call('GET', KEYS[1])
if not leader or string.sub(leader, 1, #ARGV[1] + 1) ~= ARGV[1] .. ':' then
  return {}
end
local workers = (#KEYS - 3) / 2
local moved = {}
local woken = {}
for i = workers + 2, #ARGV, 2 do
  local taskId, w = ARGV[i], tonumber(ARGV[i + 1])
  if redis.call('ZREM', KEYS[2], taskId) == 1 then
    redis.call('RPUSH', KEYS[2 + 2 * w], taskId)
    moved[#moved + 1] = taskId
    woken[w] = true
  end
end
for w in pairs(woken) do
  redis.call('SADD', KEYS[3], ARGV[1 + w])
  wakeUp(KEYS[3 + 2 * w])
end
return moved
