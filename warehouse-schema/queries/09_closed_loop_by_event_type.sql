-- 闭环: the closed loop 发现 → 响应 → 处置 → 评价 by event type: volume, response, resolution, overdue, satisfaction
-- (DOMAIN 5: 集中受理、分类处置、限时办结).
select e.event_type, count(*) as events,
       round(avg(e.response_minutes), 0) as average_response_minutes,
       round(avg(e.resolution_hours), 1) as average_resolution_hours,
       round(100.0 * count_if(e.is_overdue) / nullif(count_if(e.is_ticket), 0), 1) as overdue_percent,
       round(avg(e.satisfaction), 2) as average_satisfaction
from quanyu.dwd.dwd_service_event as e
group by e.event_type
order by events desc
