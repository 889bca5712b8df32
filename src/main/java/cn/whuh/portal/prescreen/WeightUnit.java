package cn.whuh.portal.prescreen;

import cn.whuh.portal.base.i18n.Text;
import java.math.BigDecimal;

/** A unit a weight may be given in, with how many kilograms one of it is (斤 = 0.5 kg). */
public record WeightUnit(String key, BigDecimal kg, Text label) {
}
