package org.accord.language;

import org.accord.Html;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Country menus in the reader's order, not in code-point order (which puts 中国 before
 * 保加利亚): pinyin in Chinese, CLDR's Japanese order in Japanese, alphabetical in English.
 */
@PortalTest
class CollationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theListsCountryFilterFollowsTheReadersLanguage() throws Exception {
		// The five countries of the seeds, as the institutions list offers them.
		Html.assertInOrder(page("/institutions", "zh"), ">保加利亚<", ">德国<", ">韩国<", ">日本<", ">中国<");
		Html.assertInOrder(page("/institutions", "ja"), ">ドイツ<", ">ブルガリア<", ">韓国<", ">中国<", ">日本<");
		Html.assertInOrder(page("/institutions", "en"), ">Bulgaria<", ">China<", ">Germany<", ">Japan<",
				">South Korea<");
	}

	@Test
	@WithUserDetails("editor")
	void theFormsCountryMenuToo() throws Exception {
		Html.assertInOrder(page("/institutions/new", "zh"), ">阿尔巴尼亚<", ">保加利亚<", ">德国<", ">韩国<", ">日本<", ">中国<");
		Html.assertInOrder(page("/institutions/new", "en"), ">Åland Islands<", ">Albania<");
	}

	@Test
	void aListSortedByCountryFollowsTheCountriesNamesInTheReadersLanguage() throws Exception {
		Html.assertInOrder(rows("/institutions?sort=country&size=100", "zh"), "<td>保加利亚</td>", "<td>德国</td>",
				"<td>韩国</td>", "<td>日本</td>", "<td>中国</td>");
		Html.assertInOrder(rows("/institutions?sort=country&size=100", "en"), "<td>Bulgaria</td>", "<td>China</td>",
				"<td>Germany</td>", "<td>Japan</td>", "<td>South Korea</td>");
		Html.assertInOrder(rows("/institutions?sort=country&dir=desc&size=100", "zh"), "<td>中国</td>", "<td>日本</td>",
				"<td>韩国</td>", "<td>德国</td>", "<td>保加利亚</td>");
		// The last Chinese name comes after every other country's (not only the first).
		String zh = rows("/institutions?sort=country&size=100", "zh");
		assertThat(zh.lastIndexOf("<td>日本</td>")).isLessThan(zh.indexOf("<td>中国</td>"));
	}

	private String rows(String path, String language) throws Exception {
		String html = this.mvc.perform(get(path).param("lang", language))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return html.substring(html.indexOf("<tbody"));
	}

	private String page(String path, String language) throws Exception {
		return this.mvc.perform(get(path).param("lang", language)).andReturn().getResponse().getContentAsString();
	}

}
