package org.accord.web;

import org.accord.record.BadRequestException;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListParamsTests {

	private static final SortColumns COLUMNS = SortColumns.of(Sort.Direction.DESC, "signed", "signed.date", "title",
			"title");

	@Test
	void defaultsToTheFirstPageOfTwentySortedByTheFirstColumn() {
		Pageable pageable = new ListParams(null, null, null, null).toPageable(COLUMNS);
		assertThat(pageable.getPageNumber()).isZero();
		assertThat(pageable.getPageSize()).isEqualTo(20);
		assertThat(pageable.getSort().getOrderFor("signed.date").getDirection()).isEqualTo(Sort.Direction.DESC);
		assertThat(pageable.getSort().getOrderFor("id")).isNotNull();
	}

	@Test
	void countsPagesFromOneInTheUrl() {
		assertThat(new ListParams(3, 10, "title", "asc").toPageable(COLUMNS).getOffset()).isEqualTo(20);
	}

	@Test
	void sortsAnotherColumnAscendingUnlessToldOtherwise() {
		Pageable pageable = new ListParams(null, null, "title", null).toPageable(COLUMNS);
		assertThat(pageable.getSort().getOrderFor("title").getDirection()).isEqualTo(Sort.Direction.ASC);
	}

	@Test
	void refusesPagesSizesAndSortsOutsideTheList() {
		assertThatThrownBy(() -> new ListParams(0, null, null, null).toPageable(COLUMNS))
			.isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> new ListParams(null, ListParams.MAX_SIZE + 1, null, null).toPageable(COLUMNS))
			.isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> new ListParams(null, null, "signed.date", null).toPageable(COLUMNS))
			.isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> new ListParams(null, null, null, "up").toPageable(COLUMNS))
			.isInstanceOf(BadRequestException.class);
		assertThatThrownBy(() -> new ListParams(Integer.MAX_VALUE, 100, null, null).toPageable(COLUMNS))
			.isInstanceOf(BadRequestException.class);
	}

}
