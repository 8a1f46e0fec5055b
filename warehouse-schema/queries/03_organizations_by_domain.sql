-- 领域: current party organizations by domain (DOMAIN 2: 社区, 机关, 非公企业, 社会组织 "两新", 物业 "红色物业" ...).
select coalesce(o.organization_domain, '未标注') as domain, count(*) as organizations
from quanyu.dim.dim_organization as o
where o.is_current and o.status = 'active'
group by coalesce(o.organization_domain, '未标注')
order by organizations desc
