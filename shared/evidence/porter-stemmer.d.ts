/** Porter2 stemmer shipped inside the wink English model (no types of its own). */
declare module 'wink-eng-lite-web-model/dist/porter-stemmer.js' {
  const stem: (word: string) => string;
  export default stem;
}
