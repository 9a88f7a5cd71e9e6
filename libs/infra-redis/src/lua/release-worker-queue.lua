-- Empties a worker's queue and returns what was in it; its in-flight tasks stay.
-- KEYS[1] -> the worker's queue LIST
-- KEYS[2] -> SET of workers that have a queue
-- ARGV[1] -> workerId
-- Returns the ids that were queued. Atomic so nothing is pushed between the read and the delete.
local queued = redis.call('LRANGE', KEYS[1], 0, -1)
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
return queued
