-- Defines readyScore(priority, sequenceKey): a task's score in the ready ZSET, priority * 1e13
-- plus the next arrival number from the sequence counter, so lower priorities come first and
-- arrival order decides within one. Exact in a double up to 1e13 arrivals per priority.
local function readyScore(priority, sequenceKey)
  return priority * 1e13 + redis.call('INCR', sequenceKey)
end
