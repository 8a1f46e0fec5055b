-- 历史: the organizations as they were on a past day, from the type-2 history: a year before the latest change, or the
-- first day with history if that is later.
with day as (
    select greatest(min(o.valid_from), date_add('year', -1, max(o.valid_from))) as as_of from quanyu.dim.dim_organization as o
)
select d.as_of, o.organization_level, count(*) as organizations
from quanyu.dim.dim_organization as o
cross join day as d
where o.status = 'active' and o.valid_from <= d.as_of and (o.valid_to is null or d.as_of < o.valid_to)
group by d.as_of, o.organization_level
order by organizations desc
