/*
 * Our own simple drawings of the "Zet op beginscherm" steps: no Apple artwork, only shapes that
 * look like what she will see. The words that explain each drawing are its <figcaption>, so the
 * drawing itself is hidden from screen readers. Colours come from the theme (styles.css).
 */

function Frame({ height }: { height: number }) {
  return <rect className="hs-pic__screen" x="6" y="6" width="308" height={height - 12} rx="18" />;
}

/** The small square with an arrow pointing up. */
function ShareIcon({ x, y }: { x: number; y: number }) {
  return (
    <path
      className="hs-pic__icon"
      d={`M${x - 6} ${y - 4}h-6v24h24v-24h-6M${x} ${y + 8}V${y - 16}M${x - 7} ${y - 9}l7-7 7 7`}
    />
  );
}

/** Safari's bar with the Share button circled. */
export function SharePicture() {
  return (
    <svg className="hs-pic" viewBox="0 0 320 130" aria-hidden="true" focusable="false">
      <Frame height={130} />
      <rect className="hs-pic__field" x="26" y="20" width="268" height="30" rx="10" />
      <rect className="hs-pic__line" x="110" y="32" width="100" height="6" rx="3" />
      <path className="hs-pic__icon" d="M54 72l-9 10 9 10" />
      <path className="hs-pic__icon hs-pic__icon--muted" d="M102 72l9 10-9 10" />
      <ShareIcon x={160} y={80} />
      <path
        className="hs-pic__icon"
        d="M206 72q10-4 15 2 5-6 15-2v20q-10-4-15 2-5-6-15-2z M221 74v20"
      />
      <path className="hs-pic__icon" d="M264 76h18v18h-18zM270 70h18v18" />
      <circle className="hs-pic__ring" cx="160" cy="82" r="25" />
    </svg>
  );
}

/** The newer bar: the address, and the button with three dots circled. */
export function MorePicture() {
  return (
    <svg className="hs-pic" viewBox="0 0 320 110" aria-hidden="true" focusable="false">
      <Frame height={110} />
      <path className="hs-pic__icon" d="M44 45l-9 10 9 10" />
      <rect className="hs-pic__field" x="66" y="35" width="180" height="40" rx="20" />
      <rect className="hs-pic__line" x="100" y="52" width="112" height="6" rx="3" />
      <circle className="hs-pic__field" cx="280" cy="55" r="19" />
      <circle className="hs-pic__dot" cx="271" cy="55" r="3" />
      <circle className="hs-pic__dot" cx="280" cy="55" r="3" />
      <circle className="hs-pic__dot" cx="289" cy="55" r="3" />
      <circle className="hs-pic__ring" cx="280" cy="55" r="26" />
    </svg>
  );
}

/** The list that opens after Share, with "Zet op beginscherm" circled. */
export function AddPicture({ label }: { label: string }) {
  const rows = [22, 58, 94, 130];
  return (
    <svg className="hs-pic" viewBox="0 0 320 176" aria-hidden="true" focusable="false">
      <Frame height={176} />
      {rows.map((y) =>
        y === 94 ? null : (
          <g key={y}>
            <rect
              className="hs-pic__line"
              x="28"
              y={y + 11}
              width={y === 58 ? 130 : 96}
              height="8"
              rx="4"
            />
            <rect
              className="hs-pic__icon hs-pic__icon--muted"
              x="270"
              y={y + 5}
              width="20"
              height="20"
              rx="4"
            />
          </g>
        ),
      )}
      <text className="hs-pic__label" x="28" y="116">
        {label}
      </text>
      <rect className="hs-pic__icon" x="270" y="99" width="20" height="20" rx="4" />
      <path className="hs-pic__icon" d="M280 103v12M274 109h12" />
      <rect className="hs-pic__ring" x="16" y="90" width="288" height="38" rx="10" />
    </svg>
  );
}

/** A Home Screen with the app's icon (the same drawing as public/favicon.svg). */
export function HomePicture() {
  const places = [
    [34, 22],
    [104, 22],
    [174, 22],
    [244, 22],
    [34, 92],
    [104, 92],
    [244, 92],
  ];
  return (
    <svg className="hs-pic" viewBox="0 0 320 182" aria-hidden="true" focusable="false">
      <Frame height={182} />
      {places.map(([x = 0, y = 0]) => (
        <rect
          key={`${x}-${y}`}
          className="hs-pic__app"
          x={x}
          y={y}
          width="44"
          height="44"
          rx="10"
        />
      ))}
      <g transform="translate(174 92) scale(0.6875)">
        <rect width="64" height="64" rx="14" fill="#0b5563" />
        <path
          d="M27 15c-2 3 2 5 0 8M34 15c-2 3 2 5 0 8"
          stroke="#f6c453"
          strokeWidth="2.5"
          fill="none"
          strokeLinecap="round"
        />
        <path d="M22 26h17v6a8.5 8.5 0 0 1-17 0z" fill="#ffffff" />
        <path d="M39 28h2.5a3.5 3.5 0 0 1 0 7H38" stroke="#ffffff" strokeWidth="2.5" fill="none" />
        <rect x="8" y="41" width="48" height="6" rx="3" fill="#ffffff" />
        <rect x="14" y="46" width="5" height="12" rx="2" fill="#ffffff" />
        <rect x="45" y="46" width="5" height="12" rx="2" fill="#ffffff" />
      </g>
      <text className="hs-pic__name" x="196" y="164" textAnchor="middle">
        Aan tafel
      </text>
      <circle className="hs-pic__ring" cx="196" cy="114" r="31" />
    </svg>
  );
}
