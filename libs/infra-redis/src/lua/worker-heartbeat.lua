-- Records a heartbeat of a registered worker.
-- KEYS[1] -> workers HASH (workerId -> worker JSON)
-- ARGV[1] -> workerId
-- ARGV[2] -> current load
-- ARGV[3] -> heartbeat time, ms
-- Returns the status the registry holds for the worker (OFFLINE when the scheduler declared it
-- dead), or false when the worker is unknown; either way it must register again.
-- Atomic so a heartbeat never brings back a worker that was removed.
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return false end
local worker = cjson.decode(raw)
worker.currentLoad = tonumber(ARGV[2])
worker.lastHeartbeat = tonumber(ARGV[3])
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(worker))
return worker.status
