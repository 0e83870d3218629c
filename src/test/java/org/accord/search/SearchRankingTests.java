package org.accord.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accord.Html;
import org.accord.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What staff type, and the record that must come first in its group, on the seeds: typos,
 * words in another order, other names, pinyin, short forms, countries in Chinese and
 * Japanese, accents and case.
 */
@PortalTest
class SearchRankingTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "\"{0}\" puts {2} first among {1}")
	@CsvSource(delimiter = '|', textBlock = """
			kyoto                 | found-institutions | Kyoto University
			University Kyoto      | found-institutions | Kyoto University
			KYOTO UNIVERSITY      | found-institutions | Kyoto University
			Kyōto                 | found-institutions | Kyoto University
			Hirosaky              | found-institutions | Hirosaki University
			hiros                 | found-institutions | Hirosaki University
			Kiushu                | found-institutions | Kyushu University
			Central University    | found-institutions | Chuo University
			Chongqing Daxue       | found-institutions | Chongqing University
			dalian ligong         | found-institutions | Dalian University of Technology
			北大                  | found-institutions | Hokkaido University
			上理工                | found-institutions | University of Shanghai for Science and Technology
			ドイツ                | found-institutions | TechProtect GmbH
			德国                  | found-institutions | TechProtect GmbH
			保加利亚              | found-institutions | University of Ruse
			弘前                  | found-institutions | Hirosaki University
			中央大学              | found-institutions | Chuo University
			重庆                  | found-institutions | Chongqing University
			Русенски              | found-institutions | University of Ruse
			usst                  | found-institutions | University of Shanghai for Science and Technology
			postech               | found-institutions | Pohang University of Science and Technology
			AGR-2019-001          | found-agreements   | AGR-2019-001
			Tokyo Ofice           | found-offices      | Tokyo Office
			Fukuhara              | found-people       | Fukuhiko Fukuhara
			Galina Ivanova        | found-people       | Galina Ivanova
			""")
	void putsTheRecordStaffMeantFirst(String query, String group, String first) throws Exception {
		String html = this.mvc.perform(get("/search").param("q", query)).andReturn().getResponse().getContentAsString();
		assertThat(html).as("results of \"%s\"", query).contains("id=\"" + group + "\"");
		assertThat(firstEntry(Html.section(html, group))).as("first of %s for \"%s\"", group, query).startsWith(first);
	}

	/** The text of a group's first entry, tags removed. */
	private static String firstEntry(String section) {
		Matcher item = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL).matcher(section);
		assertThat(item.find()).as("an entry in %s", section).isTrue();
		return HtmlUtils.htmlUnescape(item.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip());
	}

}
