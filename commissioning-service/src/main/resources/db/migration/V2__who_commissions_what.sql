-- The 2013 settlement (Health and Social Care Act 2012): the service categories and which kind of
-- commissioner answers for each from 2013-04-01. Later changes (such as CCGs taking delegated
-- responsibility for general practice from 2015) are added as rules through the API.
insert into service_category (code, name, description, ccg_responsibility, position) values
    ('ELECTIVE_HOSPITAL_CARE', 'elective hospital care',
     'Planned hospital care: outpatients, day cases and planned admissions', 'REGISTRATION', 1),
    ('REHABILITATION', 'rehabilitation',
     'Rehabilitation services', 'REGISTRATION', 2),
    ('URGENT_AND_EMERGENCY_CARE', 'urgent and emergency care',
     'A&E, ambulances, urgent care and out-of-hours services, for anyone present in the area', 'PRESENCE', 3),
    ('COMMUNITY_HEALTH_SERVICES', 'community health services',
     'Most community health services, such as district nursing', 'REGISTRATION', 4),
    ('MENTAL_HEALTH_AND_LEARNING_DISABILITY', 'mental health and learning disability services',
     'Mental health and learning disability services', 'REGISTRATION', 5),
    ('SPECIALIST_OBESITY_TIER_3', 'specialist obesity services (tier 3)',
     'Specialist multidisciplinary weight management (tier 3)', 'REGISTRATION', 6),
    ('GENERAL_PRACTICE', 'general practice (primary medical services)',
     'GP services under GMS, PMS and APMS contracts', 'REGISTRATION', 7),
    ('PHARMACY', 'pharmacy',
     'Community pharmacy services', 'REGISTRATION', 8),
    ('DENTISTRY', 'dentistry',
     'Primary, community and secondary dental care', 'REGISTRATION', 9),
    ('PRIMARY_EYE_CARE', 'primary eye care',
     'NHS sight tests and optical vouchers', 'REGISTRATION', 10),
    ('SPECIALISED_SERVICES', 'specialised services for rare conditions',
     'Specialised services for rare and complex conditions', 'REGISTRATION', 11),
    ('LIFESTYLE_WEIGHT_MANAGEMENT_TIER_2', 'lifestyle weight management (tier 2)',
     'Lifestyle weight management services (tier 2)', 'REGISTRATION', 12),
    ('PUBLIC_HEALTH', 'public health',
     'Public health services such as stop smoking, sexual health and health checks', 'REGISTRATION', 13);

insert into commissioning_rule (category_code, commissioner_kind, arrangement, valid_from, note)
select code, kind, 'DIRECT', date '2013-04-01', 'Health and Social Care Act 2012: the 2013 settlement'
from (values
    ('ELECTIVE_HOSPITAL_CARE', 'CCG'),
    ('REHABILITATION', 'CCG'),
    ('URGENT_AND_EMERGENCY_CARE', 'CCG'),
    ('COMMUNITY_HEALTH_SERVICES', 'CCG'),
    ('MENTAL_HEALTH_AND_LEARNING_DISABILITY', 'CCG'),
    ('SPECIALIST_OBESITY_TIER_3', 'CCG'),
    ('GENERAL_PRACTICE', 'NHS_ENGLAND'),
    ('PHARMACY', 'NHS_ENGLAND'),
    ('DENTISTRY', 'NHS_ENGLAND'),
    ('PRIMARY_EYE_CARE', 'NHS_ENGLAND'),
    ('SPECIALISED_SERVICES', 'NHS_ENGLAND'),
    ('LIFESTYLE_WEIGHT_MANAGEMENT_TIER_2', 'LOCAL_AUTHORITY'),
    ('PUBLIC_HEALTH', 'LOCAL_AUTHORITY')
) as settlement (code, kind);
