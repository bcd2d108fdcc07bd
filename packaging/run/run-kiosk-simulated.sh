#!/bin/sh
# make run: the kiosk on simulated devices. Starts what the office terminal's devices would be:
#   - pcscd with vsmartcard's vpcd virtual reader (a private one, unless a pcscd already runs), and
#   - libfprint's virtual_image scanner (FP_VIRTUAL_IMAGE), fed synthetic prints by foyer-fingerprint-sim:
#     a finger every few seconds, the right index, then the left (the loop serves visitor after visitor),
#   - the simulated passport (foyer-emrtd-sim) on that reader, with the MRZ of the camera picture
#     assets/simulator/specimen-document.jpg; its throw-away CSCA goes to run/simulators/csca.pem,
#     where config/foyer.toml looks for trust anchors.
# Then runs the kiosk and stops the simulators when it ends. Development only: vpcd accepts cards from
# the network and must never be enabled on a terminal.
#   usage: run-kiosk-simulated.sh BUILD_DIR CONFIG [kiosk options...]
set -u
build=$1
config=$2
shift 2
state="$(pwd)/run/simulators"
mkdir -p "$state"
rm -f "$state/csca.pem"

line1='P<UTOMUSTERFRAU<<ERIKA<<<<<<<<<<<<<<<<<<<<<<'
line2='C01X00T478UTO8308126F3101012<<<<<<<<<<<<<<04'
port=35963  # vpcd's first slot, as Debian's /etc/reader.conf.d/vpcd configures it
pids=""

stop() {
  for pid in $pids; do kill "$pid" 2>/dev/null; done
  wait 2>/dev/null
}
trap stop EXIT INT TERM

if pgrep -x pcscd >/dev/null 2>&1 || [ -S /run/pcscd/pcscd.comm ]; then
  echo "run: using the running pcscd (the simulated card needs vsmartcard-vpcd's reader on port $port)"
else
  mkdir -p "$state/reader.conf.d"
  # DEVICENAME /dev/null:PORT makes vpcd listen for a card on PORT.
  printf 'FRIENDLYNAME "Foyer simulated reader"\nDEVICENAME /dev/null:0x%x\nLIBPATH /usr/lib/pcsc/drivers/serial/libifdvpcd.so\nCHANNELID 0x%x\n' \
    "$port" "$port" > "$state/reader.conf.d/vpcd"
  if /usr/sbin/pcscd --foreground --info --config "$state/reader.conf.d" > "$state/pcscd.log" 2>&1 &
  then
    pids="$pids $!"
    # pcscd says when it is ready; a non-root user cannot start it (its socket is in /run/pcscd).
    tries=0
    until grep -q "daemon ready" "$state/pcscd.log" 2>/dev/null || [ $tries -ge 50 ] || ! kill -0 $! 2>/dev/null; do
      tries=$((tries + 1)); sleep 0.1
    done
    grep -q "daemon ready" "$state/pcscd.log" 2>/dev/null || \
      echo "run: pcscd did not start (see $state/pcscd.log): the kiosk runs with the printed MRZ only"
  fi
fi

"$build/drivers/simulators/emrtd_card/foyer-emrtd-sim" --mrz "$line1" "$line2" --port "$port" \
  --csca-out "$state/csca.pem" > "$state/card.log" 2>&1 &
pids="$pids $!"
# The kiosk loads its trust anchors at start: wait until the simulator has written its CSCA.
tries=0
until [ -s "$state/csca.pem" ] || [ $tries -ge 50 ]; do tries=$((tries + 1)); sleep 0.1; done

# The fingerprint scanner: libfprint creates its virtual_image device on this socket; the simulated
# finger places two freshly drawn synthetic prints on it, over and over.
sim="$build/drivers/simulators/fingerprint/foyer-fingerprint-sim"
FP_VIRTUAL_IMAGE="$state/fingerprint.sock"
export FP_VIRTUAL_IMAGE
rm -f "$FP_VIRTUAL_IMAGE"
"$sim" make --seed 11 --output "$state/finger-right.png" >/dev/null 2>&1
"$sim" make --seed 12 --rotate 12 --output "$state/finger-left.png" >/dev/null 2>&1
"$sim" feed --socket "$FP_VIRTUAL_IMAGE" --delay-ms 4000 --loop "$state/finger-right.png" "$state/finger-left.png" \
  > "$state/fingerprint.log" 2>&1 &
pids="$pids $!"

"$build/kiosk/app/foyer-kiosk" --config "$config" "$@"
