-- Every record below comes from one of the five news articles in shared/seeds/, named by file.
-- Names, titles and dates are as the articles give them (even where an article's romanisation
-- differs from the usual one). The only additions are names in their own script for well-known
-- institutions. Where an article gives only a count, the count is a statistic; no individual
-- agreement is invented.

-- Sources ------------------------------------------------------------------------------------
insert into source (title, publisher, author, published_on, file_name) values
('USST Tokyo Office established at the Chuo University in Japan',
    'University of Shanghai for Science and Technology', null, null, '000_0ccd92c3edace669.txt'),
('Zhang Zongyi Meets with Consul General of Consulate General of Japan in Chongqing',
    'Chongqing University (Spot News)', null, null, '001_008f5d4b0075834d.txt'),
('DUT Celebrated 20 Years of Exchanges with Hirosaki University',
    'Dalian University of Technology, International Office', 'Li Xiang', date '2021-12-07', '002_2c7f59fc6b5a80d4.txt'),
('CSU Promotes Interschool Cooperation to Accelerate Internationalization of Graduate Education',
    'Central South University, Graduate School', null, date '2020-01-08', '003_fb32560b9b7784fe.txt'),
('2024 SSPU Global Partnership Week Opens',
    'Shanghai Polytechnic University: International Office (Office for Hong Kong, Macao and Taiwan Affairs), News Center, President Office',
    null, date '2024-03-27', '004_1a80e293d44dcc6f.txt');

-- Institutions -------------------------------------------------------------------------------
insert into institution (name_en, name_native, acronym, kind, country_code, city, source_id)
select v.name_en, v.name_native, v.acronym, v.kind, v.country_code, v.city, s.id
from (values
    -- 000: USST and Chuo University
    ('University of Shanghai for Science and Technology', '上海理工大学', 'USST', 'UNIVERSITY', 'CN', 'Shanghai', '000_0ccd92c3edace669.txt'),
    ('Chuo University', '中央大学', null, 'UNIVERSITY', 'JP', 'Tokyo', '000_0ccd92c3edace669.txt'),
    -- 001: Chongqing University and its Japanese partners
    ('Chongqing University', '重庆大学', 'CQU', 'UNIVERSITY', 'CN', 'Chongqing', '001_008f5d4b0075834d.txt'),
    ('Consulate General of Japan in Chongqing', '在重慶日本国総領事館', null, 'GOVERNMENT_BODY', 'CN', 'Chongqing', '001_008f5d4b0075834d.txt'),
    ('Tohoku University', '東北大学', null, 'UNIVERSITY', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Hokkaido University', '北海道大学', null, 'UNIVERSITY', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Hiroshima University', '広島大学', null, 'UNIVERSITY', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Waseda University', '早稲田大学', null, 'UNIVERSITY', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Excellence 9', '卓越大学联盟', 'E9', 'ALLIANCE', 'CN', null, '001_008f5d4b0075834d.txt'),
    ('Alliance of 6 National Universities of Japan', null, null, 'ALLIANCE', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Okayama University', '岡山大学', null, 'UNIVERSITY', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Chiba University', '千葉大学', null, 'UNIVERSITY', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Kanazawa University', '金沢大学', null, 'UNIVERSITY', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Kumamoto University', '熊本大学', null, 'UNIVERSITY', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Niigata University', '新潟大学', null, 'UNIVERSITY', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Nagasaki University', '長崎大学', null, 'UNIVERSITY', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Ryoichi Sasakawa Foundation', null, null, 'FOUNDATION', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Japanese Academy of Engineering', null, null, 'OTHER', 'JP', null, '001_008f5d4b0075834d.txt'),
    ('Chinese Academy of Engineering', '中国工程院', null, 'GOVERNMENT_BODY', 'CN', null, '001_008f5d4b0075834d.txt'),
    ('China Scholarship Council', '国家留学基金管理委员会', 'CSC', 'GOVERNMENT_BODY', 'CN', null, '001_008f5d4b0075834d.txt'),
    -- 002: Dalian University of Technology and Hirosaki University
    ('Dalian University of Technology', '大连理工大学', 'DUT', 'UNIVERSITY', 'CN', 'Dalian', '002_2c7f59fc6b5a80d4.txt'),
    ('Hirosaki University', '弘前大学', 'HU', 'UNIVERSITY', 'JP', null, '002_2c7f59fc6b5a80d4.txt'),
    ('Consulate-General of the People’s Republic of China in Sapporo', '中华人民共和国驻札幌总领事馆', null, 'GOVERNMENT_BODY', 'JP', 'Sapporo', '002_2c7f59fc6b5a80d4.txt'),
    ('Consular Office of Japan in Dalian', null, null, 'GOVERNMENT_BODY', 'CN', 'Dalian', '002_2c7f59fc6b5a80d4.txt'),
    ('Dalian People’s Association for Friendship with Foreign Countries', null, null, 'OTHER', 'CN', 'Dalian', '002_2c7f59fc6b5a80d4.txt'),
    ('Foreign Affairs Office of the Dalian Municipal People’s Government', null, null, 'GOVERNMENT_BODY', 'CN', 'Dalian', '002_2c7f59fc6b5a80d4.txt'),
    ('Jalis (Dalian) Education Consulting Co., Ltd', null, 'Jalis', 'COMPANY', 'CN', 'Dalian', '002_2c7f59fc6b5a80d4.txt'),
    -- 003: Central South University and the universities its delegation visited
    ('Central South University', '中南大学', 'CSU', 'UNIVERSITY', 'CN', null, '003_fb32560b9b7784fe.txt'),
    ('Pohang University of Science and Technology', '포항공과대학교', 'POSTECH', 'UNIVERSITY', 'KR', 'Pohang', '003_fb32560b9b7784fe.txt'),
    ('Kyushu University', '九州大学', null, 'UNIVERSITY', 'JP', null, '003_fb32560b9b7784fe.txt'),
    ('Kyoto University', '京都大学', null, 'UNIVERSITY', 'JP', 'Kyoto', '003_fb32560b9b7784fe.txt'),
    -- 004: Shanghai Polytechnic University and its new partners
    ('Shanghai Polytechnic University', '上海第二工业大学', 'SSPU', 'UNIVERSITY', 'CN', 'Shanghai', '004_1a80e293d44dcc6f.txt'),
    ('International Education Associate Shanghai', null, 'IEAS', 'OTHER', 'CN', 'Shanghai', '004_1a80e293d44dcc6f.txt'),
    ('TechProtect GmbH', null, null, 'COMPANY', 'DE', null, '004_1a80e293d44dcc6f.txt'),
    ('University of Ruse', 'Русенски университет „Ангел Кънчев“', null, 'UNIVERSITY', 'BG', 'Ruse', '004_1a80e293d44dcc6f.txt')
) as v(name_en, name_native, acronym, kind, country_code, city, file_name)
join source s on s.file_name = v.file_name;

-- Alliance membership ------------------------------------------------------------------------
insert into institution_membership (alliance_id, member_id)
select a.id, m.id
from institution a
join institution m on m.name_en in ('Okayama University', 'Chiba University', 'Kanazawa University',
    'Kumamoto University', 'Niigata University', 'Nagasaki University')
where a.name_en = 'Alliance of 6 National Universities of Japan';

-- The article lists Excellence 9's agreement among Chongqing University's own cooperation with Japan.
insert into institution_membership (alliance_id, member_id)
select a.id, m.id from institution a, institution m
where a.name_en = 'Excellence 9' and m.name_en = 'Chongqing University';

-- Partnerships stated without an individual agreement ---------------------------------------
insert into partnership (institution_id, partner_id, established_date, established_precision, description, source_id)
select i.id, p.id, v.established_date, v.established_precision, v.description, s.id
from (values
    ('University of Shanghai for Science and Technology', 'Chuo University', date '2011-01-01', 'YEAR',
        'Mutual relationship established in 2011; student exchanges, teacher exchanges and joint research followed, and a credit exchange course is planned.',
        '000_0ccd92c3edace669.txt'),
    ('Chongqing University', 'Tohoku University', null, null,
        'Named among the 9 Japanese universities with which Chongqing University had effective university-level agreements as of December 2017.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'Hokkaido University', null, null,
        'Named among the 9 Japanese universities with which Chongqing University had effective university-level agreements as of December 2017.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'Hiroshima University', null, null,
        'Named among the 9 Japanese universities with which Chongqing University had effective university-level agreements as of December 2017.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'Waseda University', null, null,
        'Named among the 9 Japanese universities with which Chongqing University had effective university-level agreements as of December 2017.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'Ryoichi Sasakawa Foundation', date '1994-01-01', 'YEAR',
        'Since the Foundation was established in 1994 it has supported postgraduate education and teacher team building at Chongqing University; in recent 5 years it subsidised 21 students with 10,000 to 20,000 yuan each.',
        '001_008f5d4b0075834d.txt'),
    ('Dalian University of Technology', 'Hirosaki University', null, null,
        '20 years of friendly exchanges, celebrated on 2021-12-02: mutual student visits (Sakura Science Exchange Program), academic seminars, short-term cultural and scientific exchange camps.',
        '002_2c7f59fc6b5a80d4.txt'),
    ('Central South University', 'Pohang University of Science and Technology', null, null,
        'Primary intent to cooperate on the exchange of graduates and in fields including metallurgy and machinery, established during the December 2019 visit.',
        '003_fb32560b9b7784fe.txt'),
    ('Central South University', 'Kyoto University', null, null,
        'Discussions in December 2019 on exchange of teachers and staff, joint scientific research and joint cultivation of graduates.',
        '003_fb32560b9b7784fe.txt')
) as v(institution, partner, established_date, established_precision, description, file_name)
join institution i on i.name_en = v.institution
join institution p on p.name_en = v.partner
join source s on s.file_name = v.file_name;

-- People named in a role ---------------------------------------------------------------------
insert into person (name, role, institution_id, source_id)
select v.name, v.role, i.id, s.id
from (values
    ('Wu Jianyong', 'Secretary of the school party committee', 'University of Shanghai for Science and Technology', '000_0ccd92c3edace669.txt'),
    ('Fukuhiko Fukuhara', 'President', 'Chuo University', '000_0ccd92c3edace669.txt'),
    ('Zhang Zongyi', 'President', 'Chongqing University', '001_008f5d4b0075834d.txt'),
    ('Xiaosong Daoyan', 'Consul General', 'Consulate General of Japan in Chongqing', '001_008f5d4b0075834d.txt'),
    ('Jiang Jianping', 'Secretary of the consul general', 'Consulate General of Japan in Chongqing', '001_008f5d4b0075834d.txt'),
    ('Xu Jun', 'Director of the Office of International Cooperation and Exchange', 'Chongqing University', '001_008f5d4b0075834d.txt'),
    ('Yukio Tamura', 'Academician of the Japanese Academy of Engineering; full-time professor of the School of Civil Engineering; elected foreign academician of the Chinese Academy of Engineering in October 2017', 'Chongqing University', '001_008f5d4b0075834d.txt'),
    ('Changgu Kougong', 'President', 'Kumamoto University', '001_008f5d4b0075834d.txt'),
    ('Gaodao Hexi', 'Professor; chief of the Natural Science Research Section, Graduate School', 'Kumamoto University', '001_008f5d4b0075834d.txt'),
    ('Hecun Nengren', 'Professor; director of the Magnesium Alloy Center', null, '001_008f5d4b0075834d.txt'),
    ('Machang Zhizhi', 'Professor; head of Faculty of Engineering · School of Engineering · Engineering Research Institute, Graduate School', 'Hokkaido University', '001_008f5d4b0075834d.txt'),
    ('Xia Shaojie', 'Deputy Consul General', 'Consulate-General of the People’s Republic of China in Sapporo', '002_2c7f59fc6b5a80d4.txt'),
    ('Todoriki Ken', 'Director', 'Consular Office of Japan in Dalian', '002_2c7f59fc6b5a80d4.txt'),
    ('Hu Bingman', 'Vice President', 'Dalian People’s Association for Friendship with Foreign Countries', '002_2c7f59fc6b5a80d4.txt'),
    ('Shinsaku Fukuda', 'President', 'Hirosaki University', '002_2c7f59fc6b5a80d4.txt'),
    ('Guo Dongming', 'President', 'Dalian University of Technology', '002_2c7f59fc6b5a80d4.txt'),
    ('Luo Zhongxuan', 'University Leader for International Affairs', 'Dalian University of Technology', '002_2c7f59fc6b5a80d4.txt'),
    ('Atsushi Yoshizawa', 'Vice President', 'Hirosaki University', '002_2c7f59fc6b5a80d4.txt'),
    ('Cong Fengyu', 'Director of International Office', 'Dalian University of Technology', '002_2c7f59fc6b5a80d4.txt'),
    ('KAORI', 'Head of International Office', 'Hirosaki University', '002_2c7f59fc6b5a80d4.txt'),
    ('Taniguchi Hui', 'General Manager', 'Jalis (Dalian) Education Consulting Co., Ltd', '002_2c7f59fc6b5a80d4.txt'),
    ('Li Xiang', 'International Office; author and editor of the article', 'Dalian University of Technology', '002_2c7f59fc6b5a80d4.txt'),
    ('Zhu Xuehong', 'Vice President', 'Central South University', '003_fb32560b9b7784fe.txt'),
    ('Li Weiping', 'Secretary General', 'International Education Associate Shanghai', '004_1a80e293d44dcc6f.txt'),
    ('Lu Min', 'Secretary of SSPU Party Committee', 'Shanghai Polytechnic University', '004_1a80e293d44dcc6f.txt'),
    ('Xie Huaqing', 'President', 'Shanghai Polytechnic University', '004_1a80e293d44dcc6f.txt'),
    ('Ding Li', 'Vice President', 'Shanghai Polytechnic University', '004_1a80e293d44dcc6f.txt'),
    ('Yao Li', 'Director of SSPU International Office (Office for Hong Kong, Macao and Taiwan Affairs)', 'Shanghai Polytechnic University', '004_1a80e293d44dcc6f.txt'),
    ('Armin Kienle', 'Managing Director', 'TechProtect GmbH', '004_1a80e293d44dcc6f.txt'),
    ('Galina Ivanova', 'Vice Rector', 'University of Ruse', '004_1a80e293d44dcc6f.txt')
) as v(name, role, institution, file_name)
left join institution i on i.name_en = v.institution
join source s on s.file_name = v.file_name;

-- Delegations, visits and events -------------------------------------------------------------
insert into delegation (title, starts_on, ends_on, direction, format, leader_name, leader_title,
    home_institution_id, participant_count, participant_approximation, summary, source_id)
select v.title, v.starts_on, v.ends_on, v.direction, v.format, v.leader_name, v.leader_title,
    h.id, v.participant_count, v.approximation, v.summary, s.id
from (values
    ('Inauguration of the USST Tokyo Office at Chuo University', date '2019-08-03', date '2019-08-03',
        'OUTBOUND_VISIT', 'IN_PERSON', 'Wu Jianyong', 'Secretary of the school party committee',
        'University of Shanghai for Science and Technology', null::integer, 'EXACT',
        'Inauguration ceremony of the Tokyo Office of USST, held at Chuo University; the agreement establishing the office was signed. The first educational and cultural institution USST established overseas.',
        '000_0ccd92c3edace669.txt'),
    ('Consul General of Japan in Chongqing meets President Zhang Zongyi', date '2018-01-05', date '2018-01-05',
        'INBOUND_VISIT', 'IN_PERSON', 'Xiaosong Daoyan', 'Consul General',
        'Consulate General of Japan in Chongqing', 2, 'EXACT',
        'Meeting on cooperation with Japanese universities and institutions in scientific research, teacher training and student exchange; the two guests then visited No. 1 Teaching Building of Campus A. Xu Jun, director of the Office of International Cooperation and Exchange, took part.',
        '001_008f5d4b0075834d.txt'),
    ('20th Anniversary of Friendly Exchanges between Dalian University of Technology and Hirosaki University', date '2021-12-02', date '2021-12-02',
        'HOSTED_EVENT', 'HYBRID', 'Guo Dongming', 'President',
        'Dalian University of Technology', 70, 'MORE_THAN',
        'Part of the Anniversary Commemoration of the Cooperation between DUT and Japanese Partner Universities Online. The two presidents exchanged souvenirs; the international offices of both universities introduced their exchange policies.',
        '002_2c7f59fc6b5a80d4.txt'),
    ('Online exchange activities between DUT and Hirosaki University students and teachers', date '2021-12-02', date '2021-12-02',
        'HOSTED_EVENT', 'ONLINE', null, null,
        'Dalian University of Technology', 100, 'NEARLY',
        'Afternoon online exchange of students and teachers from DUT''s School of Foreign Languages and School of Energy and Power Engineering and HU''s Faculty of Humanities and Social Sciences and Faculty of Science and Technology.',
        '002_2c7f59fc6b5a80d4.txt'),
    ('Central South University delegation to South Korea and Japan', date '2019-12-07', date '2019-12-14',
        'OUTBOUND_VISIT', 'IN_PERSON', 'Zhu Xuehong', 'Vice President',
        'Central South University', null, 'EXACT',
        'Teachers from the Graduate School, the School of Metallurgy and Environment, the School of Civil Engineering and the Office of International Cooperation and Exchanges discussed graduate education and exchange of teachers and students, and reached initial intentions of cooperation by signing the bilateral memorandum.',
        '003_fb32560b9b7784fe.txt'),
    ('Opening of the 2024 SSPU Global Partnership Week', date '2024-03-27', date '2024-03-27',
        'HOSTED_EVENT', 'IN_PERSON', 'Lu Min', 'Secretary of SSPU Party Committee',
        'Shanghai Polytechnic University', null, 'EXACT',
        'Presidents, experts and representatives of 19 universities and enterprises from 12 countries and regions attended; Yao Li presided over the opening ceremony. Two memoranda of understanding were signed.',
        '004_1a80e293d44dcc6f.txt')
) as v(title, starts_on, ends_on, direction, format, leader_name, leader_title, home, participant_count,
       approximation, summary, file_name)
join institution h on h.name_en = v.home
join source s on s.file_name = v.file_name;

insert into delegation_participant (delegation_id, institution_id)
select d.id, i.id
from (values
    ('Inauguration of the USST Tokyo Office at Chuo University', 'Chuo University'),
    ('Consul General of Japan in Chongqing meets President Zhang Zongyi', 'Chongqing University'),
    ('20th Anniversary of Friendly Exchanges between Dalian University of Technology and Hirosaki University', 'Hirosaki University'),
    ('20th Anniversary of Friendly Exchanges between Dalian University of Technology and Hirosaki University', 'Consulate-General of the People’s Republic of China in Sapporo'),
    ('20th Anniversary of Friendly Exchanges between Dalian University of Technology and Hirosaki University', 'Consular Office of Japan in Dalian'),
    ('20th Anniversary of Friendly Exchanges between Dalian University of Technology and Hirosaki University', 'Dalian People’s Association for Friendship with Foreign Countries'),
    ('20th Anniversary of Friendly Exchanges between Dalian University of Technology and Hirosaki University', 'Jalis (Dalian) Education Consulting Co., Ltd'),
    ('Online exchange activities between DUT and Hirosaki University students and teachers', 'Hirosaki University'),
    ('Central South University delegation to South Korea and Japan', 'Pohang University of Science and Technology'),
    ('Central South University delegation to South Korea and Japan', 'Kyushu University'),
    ('Central South University delegation to South Korea and Japan', 'Kyoto University'),
    ('Opening of the 2024 SSPU Global Partnership Week', 'International Education Associate Shanghai'),
    ('Opening of the 2024 SSPU Global Partnership Week', 'TechProtect GmbH'),
    ('Opening of the 2024 SSPU Global Partnership Week', 'University of Ruse')
) as v(delegation, institution)
join delegation d on d.title = v.delegation
join institution i on i.name_en = v.institution;

-- Agreements ---------------------------------------------------------------------------------
insert into agreement (reference, kind, title, status, signed_date, signed_precision, summary, delegation_id, source_id)
select v.reference, v.kind, v.title, v.status, v.signed_date, v.signed_precision, v.summary, d.id, s.id
from (values
    ('AGR-2019-001', 'OFFICE_ESTABLISHMENT',
        'Agreement on the establishment of the Tokyo Office of the University of Shanghai for Science and Technology',
        'ACTIVE', date '2019-08-03', 'DAY',
        'Signed at Chuo University by Wu Jianyong and Fukuhiko Fukuhara on behalf of both parties. The office is to strengthen talent cultivation and research cooperation, serve as USST''s window in Japan, establish a credit exchange course, form a research study team and prepare the Sino-Japan International Academic Conference.',
        'Inauguration of the USST Tokyo Office at Chuo University', '000_0ccd92c3edace669.txt'),
    ('AGR-ND-001', 'COOPERATION_AGREEMENT',
        'Comprehensive cooperation agreement between Excellence 9 and the Alliance of 6 National Universities of Japan',
        'ACTIVE', null, null,
        'The article names the agreement without its date.',
        null, '001_008f5d4b0075834d.txt'),
    ('AGR-2019-002', 'MEMORANDUM_OF_UNDERSTANDING',
        'Memorandum of understanding between Central South University and Kyushu University',
        'IN_NEGOTIATION', null, null,
        'During the December 2019 visit the delegation reached agreement on the details of the MOU and the exchange of graduates, and a consensus on strategic cooperation in engineering.',
        'Central South University delegation to South Korea and Japan', '003_fb32560b9b7784fe.txt'),
    ('AGR-2024-001', 'MEMORANDUM_OF_UNDERSTANDING',
        'Memorandum of Understanding between Shanghai Polytechnic University and TechProtect GmbH',
        'ACTIVE', date '2024-03-27', 'DAY',
        'Signed at the opening ceremony of the 2024 Global Partnership Week, witnessed by Li Weiping (IEAS) and Lu Min.',
        'Opening of the 2024 SSPU Global Partnership Week', '004_1a80e293d44dcc6f.txt'),
    ('AGR-2024-002', 'MEMORANDUM_OF_UNDERSTANDING',
        'Memorandum of Understanding between Shanghai Polytechnic University and the University of Ruse',
        'ACTIVE', date '2024-03-27', 'DAY',
        'Signed at the opening ceremony of the 2024 Global Partnership Week, witnessed by Li Weiping (IEAS) and Lu Min.',
        'Opening of the 2024 SSPU Global Partnership Week', '004_1a80e293d44dcc6f.txt')
) as v(reference, kind, title, status, signed_date, signed_precision, summary, delegation, file_name)
left join delegation d on d.title = v.delegation
join source s on s.file_name = v.file_name;

insert into agreement_party (agreement_id, institution_id)
select a.id, i.id
from (values
    ('AGR-2019-001', 'University of Shanghai for Science and Technology'),
    ('AGR-2019-001', 'Chuo University'),
    ('AGR-ND-001', 'Excellence 9'),
    ('AGR-ND-001', 'Alliance of 6 National Universities of Japan'),
    ('AGR-2019-002', 'Central South University'),
    ('AGR-2019-002', 'Kyushu University'),
    ('AGR-2024-001', 'Shanghai Polytechnic University'),
    ('AGR-2024-001', 'TechProtect GmbH'),
    ('AGR-2024-002', 'Shanghai Polytechnic University'),
    ('AGR-2024-002', 'University of Ruse')
) as v(reference, institution)
join agreement a on a.reference = v.reference
join institution i on i.name_en = v.institution;

insert into signatory (agreement_id, institution_id, name, role, position)
select a.id, i.id, v.name, v.role, v.position
from (values
    ('AGR-2019-001', 'University of Shanghai for Science and Technology', 'Wu Jianyong', 'Secretary of the school party committee', 1),
    ('AGR-2019-001', 'Chuo University', 'Fukuhiko Fukuhara', 'President', 2),
    ('AGR-2024-001', 'Shanghai Polytechnic University', 'Xie Huaqing', 'President', 1),
    ('AGR-2024-001', 'TechProtect GmbH', 'Armin Kienle', 'Managing Director', 2),
    ('AGR-2024-002', 'Shanghai Polytechnic University', 'Xie Huaqing', 'President', 1),
    ('AGR-2024-002', 'University of Ruse', 'Galina Ivanova', 'Vice Rector', 2)
) as v(reference, institution, name, role, position)
join agreement a on a.reference = v.reference
join institution i on i.name_en = v.institution;

-- Offices ------------------------------------------------------------------------------------
insert into office (name, owner_id, host_id, city, country_code, opened_date, opened_precision, purpose, agreement_id, source_id)
select v.name, o.id, h.id, v.city, v.country_code, v.opened_date, v.opened_precision, v.purpose, a.id, s.id
from (values
    ('Tokyo Office of the University of Shanghai for Science and Technology',
        'University of Shanghai for Science and Technology', 'Chuo University', 'Tokyo', 'JP',
        date '2019-08-03', 'DAY',
        'USST''s first educational and cultural institution overseas, and the first foreign university office established by Chuo University: a window in Japan for talent cultivation, research cooperation, student and teacher exchange and joint research.',
        'AGR-2019-001', '000_0ccd92c3edace669.txt'),
    ('Japan Cultural Exchange Center',
        'University of Shanghai for Science and Technology', 'University of Shanghai for Science and Technology', 'Shanghai', 'CN',
        date '2011-01-01', 'YEAR',
        'A specialised agency for exchanges with Japan, promoting teacher-student exchanges, scientific research and cultural cooperation between USST and Japanese universities.',
        null, '000_0ccd92c3edace669.txt'),
    ('Hirosaki University overseas office at the School of Energy and Power Engineering, DUT',
        'Hirosaki University', 'Dalian University of Technology', 'Dalian', 'CN',
        null, null,
        'The first overseas office of Hirosaki University.',
        null, '002_2c7f59fc6b5a80d4.txt')
) as v(name, owner, host, city, country_code, opened_date, opened_precision, purpose, reference, file_name)
join institution o on o.name_en = v.owner
left join institution h on h.name_en = v.host
left join agreement a on a.reference = v.reference
join source s on s.file_name = v.file_name;

-- Exchange statistics ------------------------------------------------------------------------
insert into exchange_statistic (institution_id, partner_country_code, partner_institution_id, period_kind,
    year_from, year_to, as_of_date, as_of_precision, measure, value, approximation, note, source_id)
select i.id, v.partner_country, p.id, v.period_kind, v.year_from, v.year_to, v.as_of_date, v.as_of_precision,
    v.measure, v.value, v.approximation, v.note, s.id
from (values
    ('University of Shanghai for Science and Technology', null, null, 'AS_OF', null::integer, null::integer,
        date '2019-08-03', 'DAY', 'PARTNER_INSTITUTIONS', 160, 'MORE_THAN',
        'Partner universities in the United States, Germany, Japan, the United Kingdom and other countries and regions.',
        '000_0ccd92c3edace669.txt'),
    ('Chongqing University', 'JP', null, 'AS_OF', null, null, date '2017-12-01', 'MONTH',
        'AGREEMENTS_IN_FORCE', 15, 'EXACT',
        'Effective university-level agreements with Japanese colleges, universities and institutions.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'JP', null, 'AS_OF', null, null, date '2017-12-01', 'MONTH',
        'PARTNER_INSTITUTIONS', 10, 'EXACT',
        '9 colleges and universities (including Tohoku, Hokkaido, Hiroshima and Waseda) and 1 institution of Japan.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', null, null, 'AS_OF', null, null, date '2018-01-05', 'DAY',
        'FOREIGN_ACADEMICIANS', 3, 'EXACT',
        'Foreign academicians engaged in long-term employment, at the time of the 2018-01-05 meeting.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'JP', null, 'AS_OF', null, null, date '2018-01-05', 'DAY',
        'FOREIGN_TEACHERS', 6, 'EXACT',
        'Japanese teachers (including 1 academician and 2 experts under the Recruitment Program of Global Experts) in the Schools of Civil Engineering, Resources and Environmental Science, Bioengineering, Arts and Foreign Languages.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'JP', null, 'AS_OF', null, null, date '2018-01-05', 'DAY',
        'VISITING_EXPERTS', 100, 'NEARLY',
        'Japanese experts on short-term visits to negotiate cooperation, joint research and teaching "in recent 5 years".',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'JP', 'Ryoichi Sasakawa Foundation', 'AS_OF', null, null, date '2018-01-05', 'DAY',
        'FUNDED_STUDENTS', 21, 'EXACT',
        'Students subsidised by the Foundation "in recent 5 years", 10,000 to 20,000 yuan each.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'JP', null, 'YEAR', 2017, 2017, null, null,
        'FUNDED_STUDENTS', 30, 'EXACT',
        'Fully funded excellent poor students sent to study in Japan by the "Dream-come-true Program".',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'JP', null, 'YEAR', 2017, 2017, null, null,
        'STUDENTS_SENT', 90, 'EXACT',
        'Persons sent to Japan for short- or long-term study and exchange: undergraduates, postgraduates and doctoral candidates.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'JP', null, 'AS_OF', null, null, date '2018-01-05', 'DAY',
        'HOST_INSTITUTIONS', 17, 'EXACT',
        'Japanese colleges and universities that have received Chongqing University students for short-term, one-semester or long-term study.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'JP', null, 'RANGE', 2013, 2017, null, null,
        'STUDENTS_RECEIVED_LONG_TERM', 109, 'EXACT',
        'Long-term Japanese students, majoring in Chinese language and literature or advanced students in Chinese.',
        '001_008f5d4b0075834d.txt'),
    ('Chongqing University', 'JP', null, 'RANGE', 2013, 2017, null, null,
        'STUDENTS_RECEIVED_SHORT_TERM', 32, 'EXACT',
        'Short-term Japanese students, majoring in Chinese language and literature or advanced students in Chinese.',
        '001_008f5d4b0075834d.txt'),
    ('Hirosaki University', 'CN', null, 'AS_OF', null, null, date '2021-12-02', 'DAY',
        'INTERNATIONAL_STUDENT_SHARE_PERCENT', 70, 'ABOUT',
        'Share of Hirosaki University''s international students who come from China.',
        '002_2c7f59fc6b5a80d4.txt'),
    ('Central South University', null, null, 'YEAR', 2019, 2019, null, null,
        'FUNDED_STUDENTS', 300, 'EXACT',
        'Graduates supported for overseas academic visits of 3 to 12 months (International Competency Improvement Program for Graduates).',
        '003_fb32560b9b7784fe.txt'),
    ('Central South University', null, null, 'AS_OF', null, null, date '2020-01-08', 'DAY',
        'STUDENTS_SENT', 251, 'EXACT',
        'Students who have made supported overseas academic visits so far, to the US, Australia, Canada, the UK, Japan, Singapore and other countries and regions.',
        '003_fb32560b9b7784fe.txt'),
    ('Central South University', null, null, 'AS_OF', null, null, date '2020-01-08', 'DAY',
        'DESTINATION_COUNTRIES', 10, 'MORE_THAN',
        'Countries and regions visited by the supported graduates.',
        '003_fb32560b9b7784fe.txt'),
    ('Central South University', null, null, 'YEAR', 2019, 2019, null, null,
        'CONFERENCE_FUNDING_APPLICANTS', 141, 'EXACT',
        'Students who applied for funding to attend high-level international academic conferences.',
        '003_fb32560b9b7784fe.txt'),
    ('Central South University', null, null, 'AS_OF', null, null, date '2020-01-08', 'DAY',
        'CONFERENCE_PARTICIPANTS', 100, 'EXACT',
        'Students invited so far to attend conferences in the US, Japan, South Korea, Canada and other countries or regions.',
        '003_fb32560b9b7784fe.txt'),
    ('Shanghai Polytechnic University', null, null, 'AS_OF', null, null, date '2024-03-27', 'DAY',
        'PARTNER_INSTITUTIONS', 171, 'EXACT',
        'Universities and institutions with stable cooperative relationships.',
        '004_1a80e293d44dcc6f.txt'),
    ('Shanghai Polytechnic University', null, null, 'AS_OF', null, null, date '2024-03-27', 'DAY',
        'PARTNER_COUNTRIES', 38, 'EXACT',
        'Countries and regions of its partner universities and institutions.',
        '004_1a80e293d44dcc6f.txt')
) as v(institution, partner_country, partner, period_kind, year_from, year_to, as_of_date, as_of_precision,
       measure, value, approximation, note, file_name)
join institution i on i.name_en = v.institution
left join institution p on p.name_en = v.partner
join source s on s.file_name = v.file_name;
