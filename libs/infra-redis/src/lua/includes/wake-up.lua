-- Defines wakeUp(key): leaves one signal on a wake-up LIST that a waiter BLPOPs. Trimmed to one
-- entry, so many wake-ups before the waiter looks cost one pop, and the list never grows.
local function wakeUp(key)
  redis.call('LPUSH', key, 1)
  redis.call('LTRIM', key, 0, 0)
end
