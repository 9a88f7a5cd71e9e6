-- Extends the leases of tasks a worker still holds; adds none it does not hold.
-- KEYS[1] -> in-flight ZSET
-- ARGV[1] -> workerId
-- ARGV[2] -> new lease deadline, ms
-- ARGV[3..] -> taskIds
-- Returns how many leases were extended. Atomic so a lease dropped meanwhile stays dropped.
--- @include "in-flight-member"
local renewed = 0
for i = 3, #ARGV do
  local member = inFlightMember(ARGV[1], ARGV[i])
  if redis.call('ZSCORE', KEYS[1], member) then
    redis.call('ZADD', KEYS[1], ARGV[2], member)
    renewed = renewed + 1
  end
end
return renewed
