-- 历史: the organizations as they were on a past day, from the type-2 history (one year before the latest version).
with day as (
    select date_add('year', -1, max(o.valid_from)) as as_of from quanyu.dim.dim_organization as o
)
select o.organization_level, count(*) as organizations
from quanyu.dim.dim_organization as o
cross join day as d
where o.status = 'active' and o.valid_from <= d.as_of and (o.valid_to is null or d.as_of < o.valid_to)
group by o.organization_level
order by organizations desc
