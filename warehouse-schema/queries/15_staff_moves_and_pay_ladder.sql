-- 队伍: the community staff on a past day by position (三岗十八级), from the staff history, and the workers who moved
-- between communities since (DOMAIN 3: turnover, "难招、难留").
with on_day as (
  select s.* from quanyu.dim.dim_staff as s
  where s.valid_from <= date '2026-01-01' and (s.valid_to is null or date '2026-01-01' < s.valid_to)
),
moved as (
  select s.staff_id from quanyu.dim.dim_staff as s
  group by s.staff_id
  having count(distinct s.region_code) > 1
)
select p.position, p.post, p.minimum_wage_multiple, count(d.staff_id) as staff_on_2026_01_01,
       round(avg(d.grade), 1) as average_grade,
       count(m.staff_id) as moved_to_another_community_at_some_time
from quanyu.dim.dim_position as p
left join on_day as d on d.position = p.position
left join moved as m on m.staff_id = d.staff_id
group by p.position, p.post, p.minimum_wage_multiple, p.sort_order
order by p.sort_order
