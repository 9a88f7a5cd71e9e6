-- Wakes a worker blocked on its wake-up list so it can stop.
-- KEYS[1] -> the worker's wake-up LIST
-- Returns nothing. Atomic so the list holds at most one signal.
--- @include "wake-up"
wakeUp(KEYS[1])
return 0
