package org.jadepost.blackbox.web;

import java.util.Locale;

/** The transfer station page of {@link TransferPageIT} again, in Chinese. */
class TransferPageChineseIT extends TransferPageIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Override
  Texts texts() {
    return new Texts("文件中转站", "文件已删除。", "最多存放 20 GB", "文件中转站是空的。");
  }
}
