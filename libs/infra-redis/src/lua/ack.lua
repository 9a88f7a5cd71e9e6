-- Drops tasks from a worker's in-flight set once their outcome is stored, and wakes the scheduler:
-- a freed slot is a reason for it to look again.
-- KEYS[1] -> in-flight ZSET
-- KEYS[2] -> scheduler wake-up LIST
-- ARGV[1] -> workerId
-- ARGV[2..] -> taskIds
-- Returns how many entries were dropped. Atomic so the wake-up never precedes the freed slot.
--- @include "in-flight-member"
--- @include "wake-up"
local dropped = 0
for i = 2, #ARGV do
  dropped = dropped + redis.call('ZREM', KEYS[1], inFlightMember(ARGV[1], ARGV[i]))
end
wakeUp(KEYS[2])
return dropped
