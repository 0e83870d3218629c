-- Search: one search document per record, kept by triggers in the transaction that writes the
-- record, indexed with pg_trgm (GIN); words matched as substrings, typos corrected against the
-- words the documents hold (search_word).
-- Why triggers: every writer keeps the documents current without knowing about them (the forms
-- through JPA, the import, the generator's plain SQL, an operator's psql), at the cost of one
-- function call per written row. Only the pinyin of Chinese names comes from Java (ICU4J), into
-- institution.name_latin, which the trigger then reads like any other column.
create extension if not exists pg_trgm with schema public;
create extension if not exists unaccent with schema public;

-- Case and accents do not matter: both sides of every comparison go through this.
create function accord_fold(text) returns text language sql immutable parallel safe
as $$ select lower(public.unaccent('public.unaccent'::regdictionary, coalesce($1, ''))) $$;

-- What a person typed, as a LIKE pattern that matches it anywhere, its wildcards taken literally.
create function accord_contains_pattern(text) returns text language sql immutable parallel safe
as $$ select '%' || replace(replace(replace(accord_fold($1), '\', '\\'), '%', '\%'), '_', '\_') || '%' $$;

-- Every word in Latin letters (four to sixty, accents and case folded) that a search document
-- holds, for correcting what staff type: a typed word that no document holds is replaced by the most similar word here. Kept by
-- the triggers below; words are never removed (a stale one costs nothing but a correction that
-- finds nothing).
create table search_word (
    word text primary key
);
create index search_word_trigram_idx on search_word using gin (word gin_trgm_ops);

-- A typed word as search matches it: as it is when a document holds it (or it is shorter than
-- four letters, or is not all Latin letters: numbers, references and other scripts are not
-- guessed), else the known word most like it (trigram
-- similarity 0.35 or more: "hirosaky" becomes "hirosaki", "kiushu" "kyushu"), else as it is.
-- Declared immutable although it reads search_word, on purpose: the planner then works it out
-- once, while planning a query whose words are written into it (as the portal's queries are),
-- and the corrected word is a constant that the GIN index can use. A plan kept by a connection
-- may therefore keep an older correction for the same words; the exact word always matches.
create function accord_spelling(typed text) returns text language plpgsql immutable parallel safe as $$
declare
    wanted text := accord_fold(typed);
    known text;
begin
    if char_length(wanted) < 4 or wanted !~ '^[a-z]+$' then
        return wanted;
    end if;
    if exists (select 1 from search_word s where s.word like '%' || wanted || '%') then
        return wanted;
    end if;
    select s.word into known from search_word s
    where s.word operator(public.%) wanted and public.similarity(s.word, wanted) >= 0.35
    order by public.similarity(s.word, wanted) desc, s.word limit 1;
    return coalesce(known, wanted);
end $$;

-- True when a document matches one word of a query: contains it (corrected as above), ignoring
-- case and accents. A word of one or two characters ("北大", "德国", "HU") matches a word of
-- the document that it is or that starts with it: the trigram index can answer that, not
-- "contains". Plain SQL, so that PostgreSQL inlines it, folds the tests on the word away, and
-- uses the GIN index.
create function accord_matches(document text, query text) returns boolean language sql stable parallel safe
as $$ select (char_length(accord_fold($2)) <= 2 and $1 operator(public.%>) accord_fold($2))
          or (char_length(accord_fold($2)) > 2 and $1 like accord_contains_pattern(accord_spelling($2))) $$;

-- A query with each of its words as search matches it (accord_spelling); immutable for the
-- same reason.
create function accord_spelled(typed text) returns text language sql immutable parallel safe
as $$ select coalesce(string_agg(accord_spelling(w), ' ' order by n), '')
      from regexp_split_to_table(btrim(accord_fold(typed)), '\s+') with ordinality as t(w, n) $$;

-- Best first: an exact name (3), a name or a name's word that starts with the query (2), a
-- document that contains it (1), others (0: words found apart). Names are kept as
-- |name|other name|. Only position tests, so that ranking thousands of matches stays cheap.
create function accord_search_rank(names text, document text, query text) returns integer language sql stable parallel safe
as $$ select case when position('|' || accord_spelled($3) || '|' in $1) > 0 then 3
                  when position('|' || accord_spelled($3) in $1) > 0 or position(' ' || accord_spelled($3) in $1) > 0 then 2
                  when position(accord_spelled($3) in $2) > 0 then 1
                  else 0 end $$;

-- Chinese, Japanese and Korean are written without spaces: their runs of three or more characters
-- are also written as overlapping pairs ("弘前大学": 弘前 前大 大学), so that a two-character
-- query is a word the trigram index finds.
create function accord_cjk_pairs(text) returns text language plpgsql immutable parallel safe as $$
declare
    pairs text := '';
    run text;
begin
    for run in select m[1] from regexp_matches(coalesce($1, ''),
            '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]{3,})', 'g') as m loop
        for i in 1 .. char_length(run) - 1 loop
            pairs := pairs || ' ' || substr(run, i, 2);
        end loop;
    end loop;
    return pairs;
end $$;

-- Country names in the portal's three languages (from the JDK's CLDR data), so that "ドイツ" and
-- "德国" find German records.
create table country_name (
    country_code varchar(2)   primary key,
    name_en      varchar(100) not null,
    name_zh      varchar(100) not null,
    name_ja      varchar(100) not null
);
insert into country_name (country_code, name_en, name_zh, name_ja) values
    ('AD', 'Andorra', '安道尔', 'アンドラ'),
    ('AE', 'United Arab Emirates', '阿拉伯联合酋长国', 'アラブ首長国連邦'),
    ('AF', 'Afghanistan', '阿富汗', 'アフガニスタン'),
    ('AG', 'Antigua & Barbuda', '安提瓜和巴布达', 'アンティグア・バーブーダ'),
    ('AI', 'Anguilla', '安圭拉', 'アンギラ'),
    ('AL', 'Albania', '阿尔巴尼亚', 'アルバニア'),
    ('AM', 'Armenia', '亚美尼亚', 'アルメニア'),
    ('AO', 'Angola', '安哥拉', 'アンゴラ'),
    ('AQ', 'Antarctica', '南极洲', '南極'),
    ('AR', 'Argentina', '阿根廷', 'アルゼンチン'),
    ('AS', 'American Samoa', '美属萨摩亚', '米領サモア'),
    ('AT', 'Austria', '奥地利', 'オーストリア'),
    ('AU', 'Australia', '澳大利亚', 'オーストラリア'),
    ('AW', 'Aruba', '阿鲁巴', 'アルバ'),
    ('AX', 'Åland Islands', '奥兰群岛', 'オーランド諸島'),
    ('AZ', 'Azerbaijan', '阿塞拜疆', 'アゼルバイジャン'),
    ('BA', 'Bosnia & Herzegovina', '波斯尼亚和黑塞哥维那', 'ボスニア・ヘルツェゴビナ'),
    ('BB', 'Barbados', '巴巴多斯', 'バルバドス'),
    ('BD', 'Bangladesh', '孟加拉国', 'バングラデシュ'),
    ('BE', 'Belgium', '比利时', 'ベルギー'),
    ('BF', 'Burkina Faso', '布基纳法索', 'ブルキナファソ'),
    ('BG', 'Bulgaria', '保加利亚', 'ブルガリア'),
    ('BH', 'Bahrain', '巴林', 'バーレーン'),
    ('BI', 'Burundi', '布隆迪', 'ブルンジ'),
    ('BJ', 'Benin', '贝宁', 'ベナン'),
    ('BL', 'St. Barthélemy', '圣巴泰勒米', 'サン・バルテルミー'),
    ('BM', 'Bermuda', '百慕大', 'バミューダ'),
    ('BN', 'Brunei', '文莱', 'ブルネイ'),
    ('BO', 'Bolivia', '玻利维亚', 'ボリビア'),
    ('BQ', 'Caribbean Netherlands', '荷属加勒比区', 'オランダ領カリブ'),
    ('BR', 'Brazil', '巴西', 'ブラジル'),
    ('BS', 'Bahamas', '巴哈马', 'バハマ'),
    ('BT', 'Bhutan', '不丹', 'ブータン'),
    ('BV', 'Bouvet Island', '布韦岛', 'ブーベ島'),
    ('BW', 'Botswana', '博茨瓦纳', 'ボツワナ'),
    ('BY', 'Belarus', '白俄罗斯', 'ベラルーシ'),
    ('BZ', 'Belize', '伯利兹', 'ベリーズ'),
    ('CA', 'Canada', '加拿大', 'カナダ'),
    ('CC', 'Cocos (Keeling) Islands', '科科斯（基林）群岛', 'ココス(キーリング)諸島'),
    ('CD', 'Congo - Kinshasa', '刚果（金）', 'コンゴ民主共和国(キンシャサ)'),
    ('CF', 'Central African Republic', '中非共和国', '中央アフリカ共和国'),
    ('CG', 'Congo - Brazzaville', '刚果（布）', 'コンゴ共和国(ブラザビル)'),
    ('CH', 'Switzerland', '瑞士', 'スイス'),
    ('CI', 'Côte d’Ivoire', '科特迪瓦', 'コートジボワール'),
    ('CK', 'Cook Islands', '库克群岛', 'クック諸島'),
    ('CL', 'Chile', '智利', 'チリ'),
    ('CM', 'Cameroon', '喀麦隆', 'カメルーン'),
    ('CN', 'China', '中国', '中国'),
    ('CO', 'Colombia', '哥伦比亚', 'コロンビア'),
    ('CR', 'Costa Rica', '哥斯达黎加', 'コスタリカ'),
    ('CU', 'Cuba', '古巴', 'キューバ'),
    ('CV', 'Cape Verde', '佛得角', 'カーボベルデ'),
    ('CW', 'Curaçao', '库拉索', 'キュラソー'),
    ('CX', 'Christmas Island', '圣诞岛', 'クリスマス島'),
    ('CY', 'Cyprus', '塞浦路斯', 'キプロス'),
    ('CZ', 'Czechia', '捷克', 'チェコ'),
    ('DE', 'Germany', '德国', 'ドイツ'),
    ('DJ', 'Djibouti', '吉布提', 'ジブチ'),
    ('DK', 'Denmark', '丹麦', 'デンマーク'),
    ('DM', 'Dominica', '多米尼克', 'ドミニカ国'),
    ('DO', 'Dominican Republic', '多米尼加共和国', 'ドミニカ共和国'),
    ('DZ', 'Algeria', '阿尔及利亚', 'アルジェリア'),
    ('EC', 'Ecuador', '厄瓜多尔', 'エクアドル'),
    ('EE', 'Estonia', '爱沙尼亚', 'エストニア'),
    ('EG', 'Egypt', '埃及', 'エジプト'),
    ('EH', 'Western Sahara', '西撒哈拉', '西サハラ'),
    ('ER', 'Eritrea', '厄立特里亚', 'エリトリア'),
    ('ES', 'Spain', '西班牙', 'スペイン'),
    ('ET', 'Ethiopia', '埃塞俄比亚', 'エチオピア'),
    ('FI', 'Finland', '芬兰', 'フィンランド'),
    ('FJ', 'Fiji', '斐济', 'フィジー'),
    ('FK', 'Falkland Islands', '福克兰群岛', 'フォークランド諸島'),
    ('FM', 'Micronesia', '密克罗尼西亚', 'ミクロネシア連邦'),
    ('FO', 'Faroe Islands', '法罗群岛', 'フェロー諸島'),
    ('FR', 'France', '法国', 'フランス'),
    ('GA', 'Gabon', '加蓬', 'ガボン'),
    ('GB', 'United Kingdom', '英国', 'イギリス'),
    ('GD', 'Grenada', '格林纳达', 'グレナダ'),
    ('GE', 'Georgia', '格鲁吉亚', 'ジョージア'),
    ('GF', 'French Guiana', '法属圭亚那', '仏領ギアナ'),
    ('GG', 'Guernsey', '根西岛', 'ガーンジー'),
    ('GH', 'Ghana', '加纳', 'ガーナ'),
    ('GI', 'Gibraltar', '直布罗陀', 'ジブラルタル'),
    ('GL', 'Greenland', '格陵兰', 'グリーンランド'),
    ('GM', 'Gambia', '冈比亚', 'ガンビア'),
    ('GN', 'Guinea', '几内亚', 'ギニア'),
    ('GP', 'Guadeloupe', '瓜德罗普', 'グアドループ'),
    ('GQ', 'Equatorial Guinea', '赤道几内亚', '赤道ギニア'),
    ('GR', 'Greece', '希腊', 'ギリシャ'),
    ('GS', 'South Georgia & South Sandwich Islands', '南乔治亚和南桑威奇群岛', 'サウスジョージア・サウスサンドウィッチ諸島'),
    ('GT', 'Guatemala', '危地马拉', 'グアテマラ'),
    ('GU', 'Guam', '关岛', 'グアム'),
    ('GW', 'Guinea-Bissau', '几内亚比绍', 'ギニアビサウ'),
    ('GY', 'Guyana', '圭亚那', 'ガイアナ'),
    ('HK', 'Hong Kong SAR China', '中国香港特别行政区', '中華人民共和国香港特別行政区'),
    ('HM', 'Heard & McDonald Islands', '赫德岛和麦克唐纳群岛', 'ハード島・マクドナルド諸島'),
    ('HN', 'Honduras', '洪都拉斯', 'ホンジュラス'),
    ('HR', 'Croatia', '克罗地亚', 'クロアチア'),
    ('HT', 'Haiti', '海地', 'ハイチ'),
    ('HU', 'Hungary', '匈牙利', 'ハンガリー'),
    ('ID', 'Indonesia', '印度尼西亚', 'インドネシア'),
    ('IE', 'Ireland', '爱尔兰', 'アイルランド'),
    ('IL', 'Israel', '以色列', 'イスラエル'),
    ('IM', 'Isle of Man', '马恩岛', 'マン島'),
    ('IN', 'India', '印度', 'インド'),
    ('IO', 'British Indian Ocean Territory', '英属印度洋领地', '英領インド洋地域'),
    ('IQ', 'Iraq', '伊拉克', 'イラク'),
    ('IR', 'Iran', '伊朗', 'イラン'),
    ('IS', 'Iceland', '冰岛', 'アイスランド'),
    ('IT', 'Italy', '意大利', 'イタリア'),
    ('JE', 'Jersey', '泽西岛', 'ジャージー'),
    ('JM', 'Jamaica', '牙买加', 'ジャマイカ'),
    ('JO', 'Jordan', '约旦', 'ヨルダン'),
    ('JP', 'Japan', '日本', '日本'),
    ('KE', 'Kenya', '肯尼亚', 'ケニア'),
    ('KG', 'Kyrgyzstan', '吉尔吉斯斯坦', 'キルギス'),
    ('KH', 'Cambodia', '柬埔寨', 'カンボジア'),
    ('KI', 'Kiribati', '基里巴斯', 'キリバス'),
    ('KM', 'Comoros', '科摩罗', 'コモロ'),
    ('KN', 'St. Kitts & Nevis', '圣基茨和尼维斯', 'セントクリストファー・ネーヴィス'),
    ('KP', 'North Korea', '朝鲜', '北朝鮮'),
    ('KR', 'South Korea', '韩国', '韓国'),
    ('KW', 'Kuwait', '科威特', 'クウェート'),
    ('KY', 'Cayman Islands', '开曼群岛', 'ケイマン諸島'),
    ('KZ', 'Kazakhstan', '哈萨克斯坦', 'カザフスタン'),
    ('LA', 'Laos', '老挝', 'ラオス'),
    ('LB', 'Lebanon', '黎巴嫩', 'レバノン'),
    ('LC', 'St. Lucia', '圣卢西亚', 'セントルシア'),
    ('LI', 'Liechtenstein', '列支敦士登', 'リヒテンシュタイン'),
    ('LK', 'Sri Lanka', '斯里兰卡', 'スリランカ'),
    ('LR', 'Liberia', '利比里亚', 'リベリア'),
    ('LS', 'Lesotho', '莱索托', 'レソト'),
    ('LT', 'Lithuania', '立陶宛', 'リトアニア'),
    ('LU', 'Luxembourg', '卢森堡', 'ルクセンブルク'),
    ('LV', 'Latvia', '拉脱维亚', 'ラトビア'),
    ('LY', 'Libya', '利比亚', 'リビア'),
    ('MA', 'Morocco', '摩洛哥', 'モロッコ'),
    ('MC', 'Monaco', '摩纳哥', 'モナコ'),
    ('MD', 'Moldova', '摩尔多瓦', 'モルドバ'),
    ('ME', 'Montenegro', '黑山', 'モンテネグロ'),
    ('MF', 'St. Martin', '法属圣马丁', 'サン・マルタン'),
    ('MG', 'Madagascar', '马达加斯加', 'マダガスカル'),
    ('MH', 'Marshall Islands', '马绍尔群岛', 'マーシャル諸島'),
    ('MK', 'North Macedonia', '北马其顿', '北マケドニア'),
    ('ML', 'Mali', '马里', 'マリ'),
    ('MM', 'Myanmar (Burma)', '缅甸', 'ミャンマー (ビルマ)'),
    ('MN', 'Mongolia', '蒙古', 'モンゴル'),
    ('MO', 'Macao SAR China', '中国澳门特别行政区', '中華人民共和国マカオ特別行政区'),
    ('MP', 'Northern Mariana Islands', '北马里亚纳群岛', '北マリアナ諸島'),
    ('MQ', 'Martinique', '马提尼克', 'マルティニーク'),
    ('MR', 'Mauritania', '毛里塔尼亚', 'モーリタニア'),
    ('MS', 'Montserrat', '蒙特塞拉特', 'モントセラト'),
    ('MT', 'Malta', '马耳他', 'マルタ'),
    ('MU', 'Mauritius', '毛里求斯', 'モーリシャス'),
    ('MV', 'Maldives', '马尔代夫', 'モルディブ'),
    ('MW', 'Malawi', '马拉维', 'マラウイ'),
    ('MX', 'Mexico', '墨西哥', 'メキシコ'),
    ('MY', 'Malaysia', '马来西亚', 'マレーシア'),
    ('MZ', 'Mozambique', '莫桑比克', 'モザンビーク'),
    ('NA', 'Namibia', '纳米比亚', 'ナミビア'),
    ('NC', 'New Caledonia', '新喀里多尼亚', 'ニューカレドニア'),
    ('NE', 'Niger', '尼日尔', 'ニジェール'),
    ('NF', 'Norfolk Island', '诺福克岛', 'ノーフォーク島'),
    ('NG', 'Nigeria', '尼日利亚', 'ナイジェリア'),
    ('NI', 'Nicaragua', '尼加拉瓜', 'ニカラグア'),
    ('NL', 'Netherlands', '荷兰', 'オランダ'),
    ('NO', 'Norway', '挪威', 'ノルウェー'),
    ('NP', 'Nepal', '尼泊尔', 'ネパール'),
    ('NR', 'Nauru', '瑙鲁', 'ナウル'),
    ('NU', 'Niue', '纽埃', 'ニウエ'),
    ('NZ', 'New Zealand', '新西兰', 'ニュージーランド'),
    ('OM', 'Oman', '阿曼', 'オマーン'),
    ('PA', 'Panama', '巴拿马', 'パナマ'),
    ('PE', 'Peru', '秘鲁', 'ペルー'),
    ('PF', 'French Polynesia', '法属波利尼西亚', '仏領ポリネシア'),
    ('PG', 'Papua New Guinea', '巴布亚新几内亚', 'パプアニューギニア'),
    ('PH', 'Philippines', '菲律宾', 'フィリピン'),
    ('PK', 'Pakistan', '巴基斯坦', 'パキスタン'),
    ('PL', 'Poland', '波兰', 'ポーランド'),
    ('PM', 'St. Pierre & Miquelon', '圣皮埃尔和密克隆群岛', 'サンピエール島・ミクロン島'),
    ('PN', 'Pitcairn Islands', '皮特凯恩群岛', 'ピトケアン諸島'),
    ('PR', 'Puerto Rico', '波多黎各', 'プエルトリコ'),
    ('PS', 'Palestinian Territories', '巴勒斯坦领土', 'パレスチナ自治区'),
    ('PT', 'Portugal', '葡萄牙', 'ポルトガル'),
    ('PW', 'Palau', '帕劳', 'パラオ'),
    ('PY', 'Paraguay', '巴拉圭', 'パラグアイ'),
    ('QA', 'Qatar', '卡塔尔', 'カタール'),
    ('RE', 'Réunion', '留尼汪', 'レユニオン'),
    ('RO', 'Romania', '罗马尼亚', 'ルーマニア'),
    ('RS', 'Serbia', '塞尔维亚', 'セルビア'),
    ('RU', 'Russia', '俄罗斯', 'ロシア'),
    ('RW', 'Rwanda', '卢旺达', 'ルワンダ'),
    ('SA', 'Saudi Arabia', '沙特阿拉伯', 'サウジアラビア'),
    ('SB', 'Solomon Islands', '所罗门群岛', 'ソロモン諸島'),
    ('SC', 'Seychelles', '塞舌尔', 'セーシェル'),
    ('SD', 'Sudan', '苏丹', 'スーダン'),
    ('SE', 'Sweden', '瑞典', 'スウェーデン'),
    ('SG', 'Singapore', '新加坡', 'シンガポール'),
    ('SH', 'St. Helena', '圣赫勒拿', 'セントヘレナ'),
    ('SI', 'Slovenia', '斯洛文尼亚', 'スロベニア'),
    ('SJ', 'Svalbard & Jan Mayen', '斯瓦尔巴和扬马延', 'スバールバル諸島・ヤンマイエン島'),
    ('SK', 'Slovakia', '斯洛伐克', 'スロバキア'),
    ('SL', 'Sierra Leone', '塞拉利昂', 'シエラレオネ'),
    ('SM', 'San Marino', '圣马力诺', 'サンマリノ'),
    ('SN', 'Senegal', '塞内加尔', 'セネガル'),
    ('SO', 'Somalia', '索马里', 'ソマリア'),
    ('SR', 'Suriname', '苏里南', 'スリナム'),
    ('SS', 'South Sudan', '南苏丹', '南スーダン'),
    ('ST', 'São Tomé & Príncipe', '圣多美和普林西比', 'サントメ・プリンシペ'),
    ('SV', 'El Salvador', '萨尔瓦多', 'エルサルバドル'),
    ('SX', 'Sint Maarten', '荷属圣马丁', 'シント・マールテン'),
    ('SY', 'Syria', '叙利亚', 'シリア'),
    ('SZ', 'Eswatini', '斯威士兰', 'エスワティニ'),
    ('TC', 'Turks & Caicos Islands', '特克斯和凯科斯群岛', 'タークス・カイコス諸島'),
    ('TD', 'Chad', '乍得', 'チャド'),
    ('TF', 'French Southern Territories', '法属南部领地', '仏領極南諸島'),
    ('TG', 'Togo', '多哥', 'トーゴ'),
    ('TH', 'Thailand', '泰国', 'タイ'),
    ('TJ', 'Tajikistan', '塔吉克斯坦', 'タジキスタン'),
    ('TK', 'Tokelau', '托克劳', 'トケラウ'),
    ('TL', 'Timor-Leste', '东帝汶', '東ティモール'),
    ('TM', 'Turkmenistan', '土库曼斯坦', 'トルクメニスタン'),
    ('TN', 'Tunisia', '突尼斯', 'チュニジア'),
    ('TO', 'Tonga', '汤加', 'トンガ'),
    ('TR', 'Turkey', '土耳其', 'トルコ'),
    ('TT', 'Trinidad & Tobago', '特立尼达和多巴哥', 'トリニダード・トバゴ'),
    ('TV', 'Tuvalu', '图瓦卢', 'ツバル'),
    ('TW', 'Taiwan', '台湾', '台湾'),
    ('TZ', 'Tanzania', '坦桑尼亚', 'タンザニア'),
    ('UA', 'Ukraine', '乌克兰', 'ウクライナ'),
    ('UG', 'Uganda', '乌干达', 'ウガンダ'),
    ('UM', 'U.S. Outlying Islands', '美国本土外小岛屿', '合衆国領有小離島'),
    ('US', 'United States', '美国', 'アメリカ合衆国'),
    ('UY', 'Uruguay', '乌拉圭', 'ウルグアイ'),
    ('UZ', 'Uzbekistan', '乌兹别克斯坦', 'ウズベキスタン'),
    ('VA', 'Vatican City', '梵蒂冈', 'バチカン市国'),
    ('VC', 'St. Vincent & Grenadines', '圣文森特和格林纳丁斯', 'セントビンセント及びグレナディーン諸島'),
    ('VE', 'Venezuela', '委内瑞拉', 'ベネズエラ'),
    ('VG', 'British Virgin Islands', '英属维尔京群岛', '英領ヴァージン諸島'),
    ('VI', 'U.S. Virgin Islands', '美属维尔京群岛', '米領ヴァージン諸島'),
    ('VN', 'Vietnam', '越南', 'ベトナム'),
    ('VU', 'Vanuatu', '瓦努阿图', 'バヌアツ'),
    ('WF', 'Wallis & Futuna', '瓦利斯和富图纳', 'ウォリス・フツナ'),
    ('WS', 'Samoa', '萨摩亚', 'サモア'),
    ('YE', 'Yemen', '也门', 'イエメン'),
    ('YT', 'Mayotte', '马约特', 'マヨット'),
    ('ZA', 'South Africa', '南非', '南アフリカ'),
    ('ZM', 'Zambia', '赞比亚', 'ザンビア'),
    ('ZW', 'Zimbabwe', '津巴布韦', 'ジンバブエ');

-- Other names an institution is known by: short forms, former names, a source's own translation.
create table institution_alt_name (
    institution_id bigint       not null,
    ordinal        integer      not null,
    name           varchar(300) not null,
    constraint institution_alt_name_pk primary key (institution_id, ordinal),
    constraint institution_alt_name_institution_fk foreign key (institution_id) references institution (id),
    constraint institution_alt_name_not_blank check (btrim(name) <> '')
);

-- A Chinese name written in pinyin (ICU4J's Han-Latin), filled by the portal.
alter table institution add column name_latin varchar(600);

alter table institution add column search_names text not null default '';
alter table institution add column search_document text not null default '';
alter table agreement add column search_names text not null default '';
alter table agreement add column search_document text not null default '';
alter table office add column search_names text not null default '';
alter table office add column search_document text not null default '';
alter table delegation add column search_names text not null default '';
alter table delegation add column search_document text not null default '';
alter table source add column search_names text not null default '';
alter table source add column search_document text not null default '';
alter table person add column search_names text not null default '';
alter table person add column search_document text not null default '';

create function accord_names(variadic names text[]) returns text language sql immutable parallel safe
as $$ select '|' || accord_fold(array_to_string(names, '|')) || '|' $$;

create function accord_country_words(code varchar) returns text language sql stable parallel safe
as $$ select coalesce((select concat_ws(' ', name_en, name_zh, name_ja) from country_name where country_code = code), '') $$;

-- The names of the institutions a record involves, for its document.
create function accord_institution_names(ids bigint[]) returns text language sql stable parallel safe
as $$ select coalesce((select string_agg(search_names, ' ') from institution where id = any(ids)), '') $$;

create function institution_search_fields() returns trigger language plpgsql as $$
begin
    new.search_names := accord_names(variadic array[new.name_en, new.name_native, new.acronym, new.name_latin]
        || coalesce((select array_agg(a.name order by a.ordinal) from institution_alt_name a
                     where a.institution_id = new.id), '{}'));
    new.search_document := new.search_names || accord_cjk_pairs(new.search_names) || ' '
        || accord_fold(concat_ws(' ', new.city, accord_country_words(new.country_code)));
    return new;
end $$;
create trigger institution_search before insert or update on institution
    for each row execute function institution_search_fields();

-- An alternative name changed: the institution's document is written again (its trigger reads them).
create function institution_alt_name_changed() returns trigger language plpgsql as $$
begin
    update institution set search_names = '' where id in (
        select institution_id from changed_names);
    return null;
end $$;
create trigger institution_alt_name_inserted after insert on institution_alt_name
    referencing new table as changed_names for each statement execute function institution_alt_name_changed();
create trigger institution_alt_name_updated after update on institution_alt_name
    referencing new table as changed_names for each statement execute function institution_alt_name_changed();
create trigger institution_alt_name_deleted after delete on institution_alt_name
    referencing old table as changed_names for each statement execute function institution_alt_name_changed();

-- An agreement's document: its reference and title, and its parties' names, so that one index
-- finds an agreement by either.
create function agreement_search_fields() returns trigger language plpgsql as $$
begin
    new.search_names := accord_names(new.reference, new.title);
    new.search_document := new.search_names || ' ' || accord_institution_names(
        array(select institution_id from agreement_party where agreement_id = new.id));
    new.search_document := new.search_document || accord_cjk_pairs(new.search_names);
    return new;
end $$;
create trigger agreement_search before insert or update on agreement
    for each row execute function agreement_search_fields();

create function office_search_fields() returns trigger language plpgsql as $$
begin
    new.search_names := accord_names(new.name);
    new.search_document := new.search_names || accord_cjk_pairs(new.search_names) || ' '
        || accord_fold(concat_ws(' ', new.city, accord_country_words(new.country_code))) || ' '
        || accord_institution_names(array[new.owner_id, new.host_id]);
    return new;
end $$;
create trigger office_search before insert or update on office
    for each row execute function office_search_fields();

create function delegation_search_fields() returns trigger language plpgsql as $$
begin
    new.search_names := accord_names(new.title);
    new.search_document := new.search_names || accord_cjk_pairs(new.search_names) || ' '
        || accord_fold(new.leader_name) || ' ' || accord_institution_names(new.home_institution_id
        || array(select institution_id from delegation_participant where delegation_id = new.id));
    return new;
end $$;
create trigger delegation_search before insert or update on delegation
    for each row execute function delegation_search_fields();

create function source_search_fields() returns trigger language plpgsql as $$
begin
    new.search_names := accord_names(new.title);
    new.search_document := new.search_names || accord_cjk_pairs(new.search_names) || ' '
        || accord_fold(concat_ws(' ', new.publisher, new.author, new.file_name));
    return new;
end $$;
create trigger source_search before insert or update on source
    for each row execute function source_search_fields();

create function person_search_fields() returns trigger language plpgsql as $$
begin
    new.search_names := accord_names(new.name, new.name_native);
    new.search_document := new.search_names || accord_cjk_pairs(new.search_names) || ' ' || accord_fold(new.role)
        || ' ' || accord_institution_names(array[new.institution_id]);
    return new;
end $$;
create trigger person_search before insert or update on person
    for each row execute function person_search_fields();

-- The documents of the records already there.
update institution set search_names = '';
update agreement set search_names = '';
update office set search_names = '';
update delegation set search_names = '';
update source set search_names = '';
update person set search_names = '';

-- Written again when what they read changes: an agreement's parties, a delegation's
-- participants, an institution's names (its agreements, delegations, offices and people). Created after
-- the documents above, which are written in order (institutions first).
create function agreement_parties_changed() returns trigger language plpgsql as $$
begin
    update agreement set search_names = '' where id in (select agreement_id from changed_parties);
    return null;
end $$;
create trigger agreement_party_inserted after insert on agreement_party
    referencing new table as changed_parties for each statement execute function agreement_parties_changed();
create trigger agreement_party_deleted after delete on agreement_party
    referencing old table as changed_parties for each statement execute function agreement_parties_changed();

create function delegation_participants_changed() returns trigger language plpgsql as $$
begin
    update delegation set search_names = '' where id in (select delegation_id from changed_participants);
    return null;
end $$;
create trigger delegation_participant_inserted after insert on delegation_participant
    referencing new table as changed_participants for each statement
    execute function delegation_participants_changed();
create trigger delegation_participant_deleted after delete on delegation_participant
    referencing old table as changed_participants for each statement
    execute function delegation_participants_changed();

create function institution_names_changed() returns trigger language plpgsql as $$
begin
    update agreement set search_names = ''
    where id in (select agreement_id from agreement_party where institution_id = new.id);
    update delegation set search_names = ''
    where home_institution_id = new.id
       or id in (select delegation_id from delegation_participant where institution_id = new.id);
    update office set search_names = '' where owner_id = new.id or host_id = new.id;
    update person set search_names = '' where institution_id = new.id;
    return null;
end $$;
create trigger institution_names_changed after update on institution
    for each row when (old.search_names is distinct from new.search_names)
    execute function institution_names_changed();

-- The words of written documents go into search_word.
create function search_words_written() returns trigger language plpgsql as $$
begin
    insert into search_word (word)
    select distinct w from written, regexp_split_to_table(written.search_document, '[^a-z]+') w
    where char_length(w) between 4 and 60
    on conflict do nothing;
    return null;
end $$;
create trigger institution_words_inserted after insert on institution
    referencing new table as written for each statement execute function search_words_written();
create trigger institution_words_updated after update on institution
    referencing new table as written for each statement execute function search_words_written();
create trigger agreement_words_inserted after insert on agreement
    referencing new table as written for each statement execute function search_words_written();
create trigger agreement_words_updated after update on agreement
    referencing new table as written for each statement execute function search_words_written();
create trigger office_words_inserted after insert on office
    referencing new table as written for each statement execute function search_words_written();
create trigger office_words_updated after update on office
    referencing new table as written for each statement execute function search_words_written();
create trigger delegation_words_inserted after insert on delegation
    referencing new table as written for each statement execute function search_words_written();
create trigger delegation_words_updated after update on delegation
    referencing new table as written for each statement execute function search_words_written();
create trigger source_words_inserted after insert on source
    referencing new table as written for each statement execute function search_words_written();
create trigger source_words_updated after update on source
    referencing new table as written for each statement execute function search_words_written();
create trigger person_words_inserted after insert on person
    referencing new table as written for each statement execute function search_words_written();
create trigger person_words_updated after update on person
    referencing new table as written for each statement execute function search_words_written();
insert into search_word (word)
select distinct w from (
    select search_document from institution union all select search_document from agreement
    union all select search_document from office union all select search_document from delegation
    union all select search_document from source union all select search_document from person) d,
    regexp_split_to_table(d.search_document, '[^a-z]+') w
where char_length(w) between 4 and 60
on conflict do nothing;

create index institution_search_idx on institution using gin (search_document gin_trgm_ops);
create index agreement_search_idx on agreement using gin (search_document gin_trgm_ops);
create index office_search_idx on office using gin (search_document gin_trgm_ops);
create index delegation_search_idx on delegation using gin (search_document gin_trgm_ops);
create index source_search_idx on source using gin (search_document gin_trgm_ops);
create index person_search_idx on person using gin (search_document gin_trgm_ops);

-- Alternative names the articles give, and two short forms staff use that the articles do not
-- (上理工 for USST, 北大 for Hokkaido University in Japanese usage).
insert into institution_alt_name (institution_id, ordinal, name)
select i.id, v.ordinal, v.name
from (values
    ('Chuo University', 0, 'Central University'),
    ('University of Shanghai for Science and Technology', 0, '上理工'),
    ('Hokkaido University', 0, '北大')
) as v(name_en, ordinal, name)
join institution i on i.name_en = v.name_en;
