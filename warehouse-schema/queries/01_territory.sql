-- 区划: the territory (DOMAIN 1): Ningbo has 10 districts/counties, 162 streets/towns and 3,042 communities/villages.
select r.region_level, count(*) as regions
from quanyu.dim.dim_region as r
group by r.region_level
order by regions
