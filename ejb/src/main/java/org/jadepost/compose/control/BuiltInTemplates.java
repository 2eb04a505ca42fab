package org.jadepost.compose.control;

import java.util.List;
import org.jadepost.compose.entity.Template;

/**
 * The six foreign-trade templates Jadepost ships (C7, O5), in Chinese and English. Placeholders:
 * {salutation}, {name}, {company}, {sender}, {date}.
 */
public final class BuiltInTemplates {

  private BuiltInTemplates() {}

  /** The templates in Chinese when {@code chinese}, else in English. */
  public static List<Template> all(boolean chinese) {
    return chinese ? CHINESE : ENGLISH;
  }

  private static Template t(String key, String name, String subject, String body) {
    return new Template("builtin:" + key, name, subject, body, true);
  }

  private static final List<Template> ENGLISH =
      List.of(
          t(
              "inquiry",
              "Inquiry reply",
              "Re: your inquiry",
              "<p>{salutation},</p><p>Thank you for your inquiry. We are glad to send you the"
                  + " details of the products you asked about; please find our catalogue and"
                  + " price list attached.</p><p>Best regards,<br>{sender}</p>"),
          t(
              "quotation",
              "Quotation",
              "Quotation for {company}",
              "<p>{salutation},</p><p>As requested, please find our quotation below. Prices are"
                  + " valid for 30 days from {date}.</p><p>Best regards,<br>{sender}</p>"),
          t(
              "sample",
              "Sample follow-up",
              "Following up on the samples",
              "<p>{salutation},</p><p>We hope the samples reached you in good condition. We would"
                  + " be glad to hear your comments and to answer any question.</p>"
                  + "<p>Best regards,<br>{sender}</p>"),
          t(
              "order",
              "Order confirmation",
              "Order confirmation",
              "<p>{salutation},</p><p>Thank you for your order. We confirm its receipt on {date}"
                  + " and will inform you of the shipping date shortly.</p>"
                  + "<p>Best regards,<br>{sender}</p>"),
          t(
              "shipment",
              "Shipment notice",
              "Shipment notice",
              "<p>{salutation},</p><p>We are pleased to inform you that your goods have been"
                  + " shipped. The shipping documents are attached.</p>"
                  + "<p>Best regards,<br>{sender}</p>"),
          t(
              "holiday",
              "Holiday greeting",
              "Season's greetings",
              "<p>{salutation},</p><p>Thank you for your trust and cooperation this year. We wish"
                  + " you and your family happy holidays and a prosperous new year.</p>"
                  + "<p>Best regards,<br>{sender}</p>"));

  private static final List<Template> CHINESE =
      List.of(
          t(
              "inquiry",
              "询盘回复",
              "回复：您的询价",
              "<p>{salutation}</p><p>感谢您的询价。随信附上您所咨询产品的目录和价格表，请查收。</p>" + "<p>此致<br>{sender}</p>"),
          t(
              "quotation",
              "报价",
              "致{company}的报价单",
              "<p>{salutation}</p><p>应您的要求，报价如下。本报价自{date}起30天内有效。</p>" + "<p>此致<br>{sender}</p>"),
          t(
              "sample",
              "样品跟进",
              "样品跟进",
              "<p>{salutation}</p><p>希望样品已完好送达。期待您的意见，如有任何问题请随时联系。</p>" + "<p>此致<br>{sender}</p>"),
          t(
              "order",
              "订单确认",
              "订单确认",
              "<p>{salutation}</p><p>感谢您的订单。我们已于{date}收到并确认，发货日期将尽快告知。</p>"
                  + "<p>此致<br>{sender}</p>"),
          t(
              "shipment",
              "发货通知",
              "发货通知",
              "<p>{salutation}</p><p>您的货物已发出，随信附上货运单据，请查收。</p>" + "<p>此致<br>{sender}</p>"),
          t(
              "holiday",
              "节日问候",
              "节日问候",
              "<p>{salutation}</p><p>感谢您一年来的信任与合作。祝您和家人节日快乐，新年万事如意！</p>"
                  + "<p>此致<br>{sender}</p>"));
}
