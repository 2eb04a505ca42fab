package org.jadepost.blackbox.web;

import java.util.Locale;

/** {@link ComposeLargeFileIT} again in Chinese: the large-files block speaks Chinese. */
class ComposeLargeFileChineseIT extends ComposeLargeFileIT {

  @Override
  protected Locale browserLanguage() {
    return Locale.SIMPLIFIED_CHINESE;
  }

  @Override
  String[] texts() {
    return new String[] {"大文件（下载链接）", "邮件已发送"};
  }
}
