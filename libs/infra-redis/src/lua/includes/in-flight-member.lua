-- Defines inFlightMember(workerId, taskId), the member of the in-flight ZSET for a task a worker
-- holds ("<workerId>\n<taskId>"), and splitInFlightMember(member), which gives back workerId and
-- taskId. Task ids hold no newline, so the last one separates them even if a worker id has one.
local function inFlightMember(workerId, taskId)
  return workerId .. '\n' .. taskId
end

local function splitInFlightMember(member)
  local cut = string.find(member, '\n[^\n]*$')
  return string.sub(member, 1, cut - 1), string.sub(member, cut + 1)
end
