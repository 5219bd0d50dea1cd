// Where Debian puts the browsers the engine journeys drive.
export const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const firefoxPath = '/usr/bin/firefox-esr';
