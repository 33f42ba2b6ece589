import { useEffect, useMemo, useState } from 'react';
import { useUiText } from './ui-text-context.tsx';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The receipt code after sending: large, in groups, easy to write down, copy or save as a text
 * file. It lives only on this page and in what the parent keeps.
 */
export function ReceiptPanel({ code, title }: { code: string; title: string }) {
  const t = useUiText();
  const [copied, setCopied] = useState('');
  const address = `${window.location.origin}/receipt`;
  const fileUrl = useMemo(() => {
    const text = `${t('receipt.fileText', { title, code, address })}\n`;
    return URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  }, [t, title, code, address]);
  useEffect(() => () => URL.revokeObjectURL(fileUrl), [fileUrl]);

  return (
    <section className="receipt" aria-labelledby="receipt-heading">
      <h2 className="heading-m" id="receipt-heading">
        {t('receipt.heading')}
      </h2>
      <p className="body">{t('receipt.intro')}</p>
      <p className="receipt__code" data-testid="receipt-code">
        {code}
      </p>
      <p className="body">{t('receipt.private')}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={async () => setCopied((await copyText(code)) ? t('receipt.copied') : '')}
        >
          {t('receipt.copy')}
        </button>
        <a className="button button--secondary" href={fileUrl} download="receipt-code.txt">
          {t('receipt.save')}
        </a>
        <span role="status">{copied}</span>
      </div>
      <p className="body">
        <a href="/receipt">{t('receipt.use')}</a>
      </p>
    </section>
  );
}
