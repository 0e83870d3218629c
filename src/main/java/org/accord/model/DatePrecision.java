package org.accord.model;

/**
 * How much of a date a source actually states: "2011", "October 2017" or "2019-08-03".
 */
public enum DatePrecision {

	YEAR, MONTH, DAY

}
